import Foundation

/// The words on the pages, in English and Chinese; templates read them as `{{t.key}}`.
enum Strings {
    static let entries: [String: (en: String, zh: String)] = [
        "appName": ("Pinakes", "Pinakes 联合图书馆"),
        "tagline": ("One catalogue, one card, every library of the consortium", "一个目录，一张读者证，联盟所有图书馆"),
        "home": ("Home", "首页"),
        "staff": ("Staff", "馆员工作台"),
        "signIn": ("Sign in", "登录"),
        "signOut": ("Sign out", "退出"),
        "username": ("Username", "用户名"),
        "password": ("Password", "密码"),
        "badLogin": ("The username or password is not right.", "用户名或密码不正确。"),
        "libraries": ("Libraries of the consortium", "联盟成员馆"),
        "library": ("Library", "图书馆"),
        "code": ("Code", "代码"),
        "type": ("Type", "类型"),
        "region": ("Region", "地区"),
        "records": ("Records", "书目记录"),
        "items": ("Items", "馆藏单册"),
        "population": ("Population served", "服务人口"),
        "error": ("Error", "出错了"),
        "backHome": ("Back to the home page", "返回首页"),
        "signedInAs": ("Signed in as", "当前用户"),
        "role": ("Role", "角色"),
        "scope": ("Your libraries", "您负责的图书馆"),
        "allLibraries": ("All libraries", "全部图书馆"),
        "imports": ("Recent imports", "最近的导入"),
        "file": ("File", "文件"),
        "started": ("Started", "开始时间"),
        "status": ("Status", "状态"),
        "read": ("Read", "读取"),
        "new": ("New", "新增"),
        "updated": ("Updated", "更新"),
        "deleted": ("Deleted", "删除"),
        "rejected": ("Rejected", "拒绝"),
        "noImports": ("No imports yet.", "尚无导入记录。"),
        "apiTokens": ("API tokens for scripts", "脚本使用的 API 令牌"),
        "tokenName": ("Token name", "令牌名称"),
        "issueToken": ("Issue a token", "生成令牌"),
        "tokenShownOnce": ("Copy this token now; it is shown only once:", "请立即复制此令牌，它只显示一次："),
        "addLibrary": ("Add a library", "添加图书馆"),
        "name": ("Name", "名称"),
        "nameZh": ("Chinese name", "中文名称"),
        "parent": ("Parent library", "上级馆"),
        "add": ("Add", "添加"),
        "libraryAdded": ("Library added.", "图书馆已添加。"),
        "language": ("中文", "English"),
        "skipToContent": ("Skip to content", "跳到正文"),
    ]

    /// Every string in one language, keyed for templates.
    static func table(for language: Language) -> [String: String] {
        entries.merging(catalogEntries) { first, _ in first }.merging(circulationEntries) { first, _ in first }
            .mapValues { language == .zh ? $0.zh : $0.en }
    }
}
