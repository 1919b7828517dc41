/// The words of the harvest pages, in English and Chinese; templates read them as `{{h.key}}`.
extension Strings {
    static let harvestEntries: [String: (en: String, zh: String)] = [
        "harvests": ("Scheduled harvests", "定时采集"),
        "intro": (
            "OAI-PMH providers harvested into your libraries' catalogues, each on its own interval.",
            "按各自的时间间隔，将 OAI-PMH 数据源采集到本馆目录。"
        ),
        "backToStaff": ("Back to the staff page", "返回馆员工作台"),
        "sources": ("Sources", "采集源"), "noSources": ("No harvest sources yet.", "尚无采集源。"),
        "library": ("Library", "图书馆"), "baseURL": ("Base URL", "基础网址"), "setSpec": ("Set", "集合"),
        "setHint": ("Leave empty for the whole repository.", "留空则采集整个数据库。"),
        "prefix": ("Metadata format", "元数据格式"), "intervalHours": ("Every (hours)", "间隔（小时）"),
        "enabled": ("Enabled", "已启用"), "disabled": ("Disabled", "已停用"),
        "nextFrom": ("Next harvest from", "下次采集起点"), "full": ("everything", "全部"),
        "lastRun": ("Last run", "上次运行"), "lastStatus": ("Last status", "上次状态"),
        "never": ("never", "从未运行"), "actions": ("Actions", "操作"),
        "edit": ("Edit", "编辑"), "enable": ("Enable", "启用"), "disable": ("Disable", "停用"),
        "harvestNow": ("Harvest now", "立即采集"), "delete": ("Delete", "删除"),
        "addSource": ("Add a source", "添加采集源"), "add": ("Add", "添加"), "save": ("Save", "保存"),
        "editSource": ("Edit the source", "编辑采集源"),
        "deleteSource": ("Delete the source", "删除采集源"),
        "deleteConfirm": (
            "Yes, delete this source (its past runs stay listed)", "确认删除此采集源（历史运行记录保留）"
        ),
        "runs": ("Recent runs", "最近的采集"), "noRuns": ("No harvests have run yet.", "尚未运行过采集。"),
        "run": ("Harvest run", "采集运行"), "started": ("Started", "开始"), "finished": ("Finished", "结束"),
        "status": ("Status", "状态"), "pages": ("Pages", "页数"), "new": ("New", "新增"),
        "updated": ("Updated", "更新"), "unchanged": ("Unchanged", "未变"), "deleted": ("Deleted", "删除"),
        "rejected": ("Rejected", "拒收"), "error": ("Error", "错误"), "from": ("From", "起点"),
        "status.never": ("never run", "从未运行"), "status.running": ("running", "运行中"),
        "status.finished": ("finished", "已完成"), "status.failed": ("failed", "失败"),
        "prefix.marc21": ("MARC 21 (marc21)", "MARC 21 (marc21)"),
        "prefix.oai_dc": ("Dublin Core (oai_dc)", "都柏林核心 (oai_dc)"),
        "saved": ("Saved.", "已保存。"), "added": ("Source added.", "采集源已添加。"),
        "removed": ("Source deleted.", "采集源已删除。"),
        "formProblems": ("Nothing was saved:", "未保存："),
        "problem.baseURL": ("Give an http:// or https:// address.", "请填写 http:// 或 https:// 开头的网址。"),
        "problem.library": ("Choose one of your libraries.", "请选择您负责的图书馆。"),
        "problem.intervalHours": ("Give a whole number of hours from 1 to 8784.", "请填写 1 到 8784 之间的整数小时。"),
        "problem.prefix": ("Choose marc21 or oai_dc.", "请选择 marc21 或 oai_dc。"),
        "problem.confirm": ("Tick the box to confirm the deletion.", "请勾选确认框以删除。"),
        "problem.duplicate": ("This library already harvests this source.", "本馆已在采集该数据源。"),
        "backToHarvests": ("Back to the harvests", "返回定时采集"),
    ]

    /// The harvest strings of `language`, for `{{h.key}}`.
    static func harvestTable(for language: Language) -> [String: String] {
        harvestEntries.mapValues { language == .zh ? $0.zh : $0.en }
    }

    /// One harvest string; the key itself when it is unknown.
    static func harvest(_ key: String, _ language: Language) -> String {
        guard let entry = harvestEntries[key] else { return key }
        return language == .zh ? entry.zh : entry.en
    }
}
