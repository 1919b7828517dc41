/// The words of the search, title and MARC pages, in English and Chinese.
extension Strings {
    static let catalogEntries: [String: (en: String, zh: String)] = [
        "search": ("Search", "检索"),
        "searchCatalogue": ("Search the union catalogue", "检索联合目录"),
        "searchLabel": ("Words, \"phrases\", -exclusions, author:, subject:", "关键词、\"短语\"、-排除词、author:、subject:"),
        "searchHint": (
            "Titles, authors, subjects and ISBNs of every library, in English or Chinese.",
            "检索所有成员馆的题名、著者、主题和 ISBN，中英文均可。"
        ),
        "advancedSearch": ("Advanced search (CQL)", "高级检索（CQL）"),
        "cqlLabel": (
            "CQL query, e.g. dc.title = \"history\" and dc.date > 1990",
            "CQL 检索式，例如 dc.title = \"history\" and dc.date > 1990"
        ),
        "results": ("Results", "检索结果"),
        "resultCount": ("{n} titles found", "共找到 {n} 种"),
        "resultRange": ("showing {from}–{to}", "显示第 {from}–{to} 种"),
        "noResults": (
            "Nothing was found. Check the spelling, use fewer words or remove a filter.", "没有找到结果。请检查拼写、减少检索词或取消筛选条件。"
        ),
        "queryError": ("The search could not be run", "无法执行检索"),
        "queryErrorAt": ("at column {column}", "位于第 {column} 列"),
        "emptySearch": ("Type some words to search the catalogue.", "请输入检索词。"),
        "refine": ("Refine", "筛选"),
        "selectedFilters": ("Filters in use", "已选筛选条件"),
        "removeFilter": ("Remove filter", "取消筛选"),
        "clearFilters": ("Clear all filters", "清除全部筛选"),
        "facet.library": ("Library", "图书馆"),
        "facet.format": ("Format", "资料类型"),
        "facet.language": ("Language", "语种"),
        "facet.decade": ("Decade", "年代"),
        "facet.class": ("Classification", "分类"),
        "facet.available": ("Availability", "馆藏状态"),
        "availableNow": ("Available now", "现在可借"),
        "sortBy": ("Sort by", "排序"),
        "sort.relevance": ("Relevance", "相关度"),
        "sort.year": ("Newest first", "最新优先"),
        "sort.year-asc": ("Oldest first", "最早优先"),
        "sort.title": ("Title", "题名"),
        "apply": ("Apply", "应用"),
        "pages": ("Result pages", "结果分页"),
        "previous": ("Previous", "上一页"),
        "next": ("Next", "下一页"),
        "page": ("Page {n}", "第 {n} 页"),
        "onShelfAt": ("On shelf at {library}", "{library}在架"),
        "moreLibraries": ("(+{n} more)", "（另有 {n} 馆）"),
        "allOut": ("No copy on the shelf now ({n} held)", "暂无在架副本（共 {n} 册）"),
        "noCopies": ("No copies held", "暂无馆藏"),
        "by": ("by", "著者"),
        "authors": ("Authors", "著者"),
        "titleField": ("Title", "题名"),
        "originalScript": ("Original script", "原文题名"),
        "publisher": ("Publisher", "出版者"),
        "place": ("Place", "出版地"),
        "year": ("Year", "年份"),
        "edition": ("Edition", "版本"),
        "extent": ("Extent", "载体形态"),
        "subjects": ("Subjects", "主题"),
        "series": ("Series", "丛书"),
        "classifications": ("Classification", "分类号"),
        "format": ("Format", "资料类型"),
        "languages": ("Language", "语种"),
        "responsibility": ("Statement of responsibility", "责任说明"),
        "holdings": ("Holdings", "馆藏"),
        "holdingsFrom": ("Nearest first from {library}", "按距{library}由近及远排列"),
        "copies": ("{available} of {total} on the shelf", "在架 {available} 册，共 {total} 册"),
        "barcode": ("Barcode", "条码"),
        "callNumber": ("Call number", "索书号"),
        "location": ("Location", "馆藏地点"),
        "itemStatus": ("Status", "状态"),
        "kilometres": ("{n} km", "{n} 公里"),
        "dueBack": ("due {date}", "应还日期 {date}"),
        "moreByAuthor": ("More by this author", "该著者的更多作品"),
        "moreOnSubject": ("More on this subject", "该主题的更多资料"),
        "memberRecords": ("Records from member libraries", "成员馆书目记录"),
        "displayRecord": ("shown", "当前显示"),
        "pinned": ("kept apart or together by a librarian", "馆员手工拆分或合并"),
        "quality": ("Quality", "质量"),
        "splitOut": ("Split out", "拆分出去"),
        "splitHint": (
            "Take this library's record out into a title of its own; imports keep it apart.",
            "将此馆记录拆分为单独题名；以后导入时保持拆分。"
        ),
        "mergeHeading": ("Merge another title into this one", "将其他题名合并到此题名"),
        "mergeLabel": ("Number of the title to merge in", "要并入的题名编号"),
        "mergeButton": ("Merge", "合并"),
        "mergeHint": (
            "Its records join this title; later imports keep them together.",
            "其记录并入此题名；以后导入时保持合并。"
        ),
        "sourceID": ("Control number", "控制号"),
        "viewMARC": ("MARC view", "MARC 视图"),
        "marcRecord": ("MARC record", "MARC 记录"),
        "export": ("Export", "导出"),
        "backToTitle": ("Back to the title", "返回题名页"),
        "version": ("Version", "版本"),
        "deletedRecord": ("This record was deleted by its library.", "此记录已被所属馆删除。"),
        "status.available": ("On shelf", "在架"),
        "status.on-loan": ("On loan", "已借出"),
        "status.in-transit": ("In transit", "在途"),
        "status.on-hold-shelf": ("On hold shelf", "预约架上"),
        "status.on-order": ("On order", "订购中"),
        "status.in-processing": ("Being processed", "加工中"),
        "status.not-for-loan": ("Not for loan", "不外借"),
        "status.lost": ("Lost", "遗失"),
        "status.missing": ("Missing", "缺失"),
        "status.damaged": ("Damaged", "破损"),
        "status.withdrawn": ("Withdrawn", "已剔除"),
        "format.book": ("Book", "图书"),
        "format.serial": ("Serial", "连续出版物"),
        "format.manuscript": ("Manuscript", "手稿"),
        "format.musicScore": ("Music score", "乐谱"),
        "format.map": ("Map", "地图"),
        "format.video": ("Video", "视频"),
        "format.soundRecording": ("Sound recording", "录音资料"),
        "format.image": ("Image", "图像"),
        "format.electronicResource": ("Electronic resource", "电子资源"),
        "format.kit": ("Kit", "成套资料"),
        "format.archivalMaterial": ("Archival material", "档案资料"),
        "format.object": ("Object", "实物"),
        "format.unknown": ("Other", "其他"),
        "lang.chi": ("Chinese", "中文"),
        "lang.eng": ("English", "英文"),
        "lang.jpn": ("Japanese", "日文"),
        "lang.kor": ("Korean", "韩文"),
        "lang.fre": ("French", "法文"),
        "lang.ger": ("German", "德文"),
        "lang.rus": ("Russian", "俄文"),
        "lang.spa": ("Spanish", "西班牙文"),
        "lang.ita": ("Italian", "意大利文"),
        "lang.lat": ("Latin", "拉丁文"),
    ]

    /// One string with `{name}` placeholders filled in.
    static func text(_ key: String, _ language: Language, _ values: [String: String] = [:]) -> String {
        guard let entry = entries[key] ?? catalogEntries[key] ?? circulationEntries[key] else { return key }
        var text = language == .zh ? entry.zh : entry.en
        for (name, value) in values { text = text.replacingOccurrences(of: "{\(name)}", with: value) }
        return text
    }

    /// A translated label for `prefix.value` when there is one, else `fallback`.
    static func label(_ prefix: String, _ value: String, _ language: Language, fallback: String) -> String {
        guard let entry = catalogEntries["\(prefix).\(value)"] ?? circulationEntries["\(prefix).\(value)"] else {
            return fallback
        }
        return language == .zh ? entry.zh : entry.en
    }
}
