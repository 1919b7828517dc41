/// The words of the interlibrary loan pages, in English and Chinese; templates read them as `{{s.key}}`.
extension Strings {
    static let sharingEntries: [String: (en: String, zh: String)] = [
        "ill": ("Interlibrary loan", "馆际互借"),
        "requestElsewhere": ("Request from another library", "馆际互借"),
        "noneOnShelf": (
            "No copy is on the shelf in the consortium: another library may lend it.", "联盟内暂无在架单册，可向其他图书馆申请馆际互借。"
        ),
        "requestForm": ("Request from another library", "馆际互借申请"),
        "requestIntro": (
            "We ask libraries outside the consortium to lend the book or send a copy of an article.",
            "我们将向联盟以外的图书馆借书，或请对方传递文章复印件。"
        ),
        "staffRequestForm": ("Interlibrary request for a reader", "代读者提交馆际互借申请"),
        "service": ("Service", "服务类型"), "service.Loan": ("Loan", "借阅原书"), "service.Copy": ("Copy", "文献传递"),
        "service.CopyOrLoan": ("Copy or loan", "复印或借阅"),
        "serviceLoan": ("Loan", "借阅原书"), "serviceCopy": ("Copy", "文献传递"),
        "serviceLoanHint": ("borrow the book itself", "借阅图书原件"),
        "readerHome": ("The reader's home library", "读者所属馆"),
        "serviceCopyHint": ("a copy of an article or chapter", "文章或章节的复印件"),
        "citation": ("What you need", "所需文献"), "copyPart": ("The part to copy (copies only)", "复制部分（仅限文献传递）"),
        "delivery": ("Pickup and dates", "取书与日期"),
        "titleField": ("Title of the book or journal", "书名或刊名"), "author": ("Author", "著者"),
        "isbnIssn": ("ISBN or ISSN", "ISBN 或 ISSN"), "isbn": ("ISBN", "ISBN"), "issn": ("ISSN", "ISSN"),
        "publisher": ("Publisher", "出版者"), "year": ("Year", "出版年"), "edition": ("Edition", "版本"),
        "articleTitle": ("Article or chapter title", "文章或章节题名"),
        "articleAuthor": ("Author of the article", "文章著者"), "volume": ("Volume", "卷"),
        "issue": ("Issue", "期"), "pages": ("Pages", "页码"), "pickup": ("Pick up at", "取书馆"),
        "needBefore": ("Not needed after", "截止需要日期"), "note": ("Note", "备注"),
        "openURL": ("OpenURL", "OpenURL 链接"),
        "openURLHint": (
            "Paste a link from a database's “find it” button: it fills the fields you leave empty.",
            "可粘贴数据库“获取全文”按钮的链接，系统会自动填写您未填的项目。"
        ),
        "readerCard": ("Reader card", "读者证号"), "send": ("Send the request", "提交申请"),
        "formProblems": ("The request was not sent:", "申请未提交："),
        "problem.title": ("Give the title of the book or journal.", "请填写书名或刊名。"),
        "problem.articleTitle": (
            "Say which part to copy: the article title or the pages.", "请说明要复制的部分：文章题名或页码。"
        ),
        "problem.isbn": ("This is not a valid ISBN.", "ISBN 无效。"),
        "problem.issn": ("This is not a valid ISSN.", "ISSN 无效。"),
        "problem.needBefore": ("Give a date like 2027-03-01.", "请填写日期，如 2027-03-01。"),
        "problem.openURL": ("The OpenURL could not be read.", "无法解析该 OpenURL 链接。"),
        "problem.card": ("The reader's card is not active.", "该读者证尚未激活。"),
        "submitted": ("Your request was received.", "您的申请已提交。"),
        "submittedForReader": ("The request was stored for the reader.", "已代读者提交申请。"),
        "myRequests": ("My interlibrary requests", "我的馆际互借"),
        "noRequests": ("No interlibrary requests.", "没有馆际互借申请。"),
        "newRequest": ("Ask for something the consortium does not have", "申请联盟未收藏的文献"),
        "lender": ("Lender", "出借馆"), "requester": ("Requesting library", "申请馆"),
        "updated": ("Updated", "更新时间"), "requested": ("Requested", "申请时间"),
        "dueBack": ("Due back", "应还日期"), "history": ("History", "处理记录"),
        "when": ("When", "时间"), "who": ("Who", "操作者"), "what": ("What happened", "事件"),
        "statusChange": ("Status", "状态变化"),
        "document": ("Your copy", "您的文献"), "documents": ("Documents", "文献"),
        "openDocument": ("Open the document", "打开文献"),
        "documentTerms": ("Link valid until {date}; openings left: {n}.", "链接有效期至 {date}，剩余打开次数：{n}。"),
        "documentWaiting": ("The copy is on its way; its link appears here.", "文献正在传递，链接将显示在此处。"),
        "conditionsAsked": ("The lender's conditions", "对方馆的附加条件"),
        "backToList": ("Back to my interlibrary requests", "返回我的馆际互借"),
        "backToQueue": ("Back to the queues", "返回工作队列"),
        "backToRequest": ("Back to the request", "返回申请详情"),
        "addressedTo": ("Addressed to us as", "对方申请的本馆代码"),
        "ourRequestID": ("Our request id", "本馆申请编号"),
        "answerBy": ("The lender must answer by", "对方馆答复期限"),
        "staffIll": ("Interlibrary loan queues", "馆际互借工作队列"),
        "borrowingQueue": ("Borrowing: our readers' requests", "借入：本馆读者的申请"),
        "lendingQueue": ("Lending: other libraries' requests", "借出：其他馆的申请"),
        "filterStatus": ("Show status", "按状态筛选"), "allStatuses": ("Every status", "全部状态"),
        "filter": ("Show", "显示"), "request": ("Request", "申请"), "reader": ("Reader", "读者"),
        "library": ("Library", "图书馆"), "requestID": ("Request id", "申请编号"),
        "noneInQueue": ("No requests in this queue.", "此队列中没有申请。"),
        "newForReader": ("New request for a reader", "代读者提交申请"),
        "actions": ("What can be done now", "当前可执行的操作"),
        "noActions": ("Nothing can be done now.", "当前无可执行的操作。"),
        "rota": ("Lenders to ask (rota)", "出借馆轮询顺序"), "score": ("Score", "评分"),
        "reasons": ("Why", "原因"), "outcome": ("Outcome", "结果"), "position": ("Order", "顺序"),
        "noRota": ("No rota yet: it is built when the request is approved.", "尚无轮询顺序：审核通过后生成。"),
        "reasonUnfilled": ("Reason", "原因"), "conditions": ("Conditions", "附加条件"),
        "barcodeToShip": ("Barcode of the copy to ship", "寄出单册的条码"),
        "shelfCopies": ("Copies on the shelf", "在架单册"), "noShelfCopies": ("No copy on the shelf.", "没有在架单册。"),
        "callNumber": ("Call number", "索书号"), "location": ("Location", "馆藏位置"), "barcode": ("Barcode", "条码"),
        "pullSlip": ("Pull slip", "提书单"), "printPullSlip": ("Print the pull slip", "打印提书单"),
        "documentFile": ("Document (PDF or image)", "文献文件（PDF 或图片）"),
        "pagesCount": ("Number of pages", "页数"),
        "notYetShipped": ("set when shipped", "寄出时确定"),
        "done": ("Done.", "已完成。"),
        "directory": ("Interlibrary directory", "馆际互借名录"),
        "ownEntry": ("Our entry (as peers read it)", "本馆条目（对方馆所见）"),
        "agencies": ("Our agency ids", "本馆机构代码"), "endpoint": ("ISO 18626 endpoint", "ISO 18626 接口地址"),
        "catalogue": ("Catalogue", "目录地址"), "services": ("Services", "服务"),
        "loanDays": ("Loan days", "借期（天）"), "copyTerms": ("Copy terms", "文献传递条款"),
        "tariff": ("Tariff", "收费标准"), "turnaround": ("Turnaround (days)", "处理周期（天）"),
        "timeZone": ("Time zone", "时区"), "peers": ("Peers", "合作馆"), "agency": ("Agency", "机构代码"),
        "name": ("Name", "名称"), "nameZh": ("Chinese name", "中文名称"), "terms": ("Terms", "条款"),
        "peerStatus": ("Status", "状态"), "peerActive": ("active", "正常"), "peerSuspended": ("suspended", "暂停"),
        "noPeers": ("No peers yet.", "尚无合作馆。"),
        "addPeer": ("Add or update a peer", "添加或更新合作馆"), "agencyType": ("Agency id type", "代码类型"),
        "agencyValue": ("Agency id", "机构代码"), "answerHours": ("Hours to answer", "答复时限（小时）"),
        "latitude": ("Latitude", "纬度"), "longitude": ("Longitude", "经度"),
        "outgoingAccountID": ("Our account id at the peer", "本馆在对方的账户"),
        "outgoingSecurityCode": ("Security code we send", "本馆发送的安全码"),
        "outgoingToken": ("Bearer token we send", "本馆发送的令牌"),
        "incomingAccountID": ("Account id the peer presents", "对方出示的账户"),
        "incomingSecurityCode": ("Security code the peer must present", "对方须出示的安全码"),
        "peerAccount": ("Peer login (username)", "对方登录用户名"), "suspended": ("Suspended", "暂停往来"),
        "keepSecret": ("Leave empty to keep the stored one.", "留空则保留原有设置。"),
        "addAgency": ("Add one of our agency ids", "添加本馆机构代码"),
        "settings": ("Sharing settings", "馆际互借设置"),
        "autoApprove": ("Send readers' requests without review", "读者申请无需审核直接发送"),
        "autoSupply": ("Answer peers automatically when a copy is on the shelf", "有在架单册时自动答复对方馆"),
        "documentDays": ("Document links last (days)", "文献链接有效期（天）"),
        "documentOpens": ("Document links open (times)", "文献链接可打开次数"),
        "currency": ("Currency", "币种"), "loanFee": ("Fee per loan", "每次借阅费用"),
        "copyFeePerPage": ("Fee per copied page", "每页复制费用"),
        "minimumCopyFee": ("Least a copy costs", "复制最低收费"),
        "postage": ("Postage per shipment", "每次邮寄费用"), "postageBothWays": ("Postage both ways", "往返均收邮费"),
        "saved": ("Saved.", "已保存。"), "save": ("Save", "保存"), "add": ("Add", "添加"),
        "statements": ("Monthly statements", "月度结算单"), "month": ("Month", "月份"),
        "member": ("Member", "成员"), "lines": ("Lines", "明细"), "noLines": ("Nothing was booked this month.", "本月没有记账。"),
        "date": ("Date", "日期"), "counterpart": ("Counterpart", "对方"), "side": ("Side", "方向"),
        "kind": ("For", "项目"), "amount": ("Amount", "金额"), "description": ("Description", "说明"),
        "role.lent": ("lent", "借出"), "role.borrowed": ("borrowed", "借入"),
        "kind.loanFee": ("loan fee", "借阅费"), "kind.copyFee": ("copy fee", "复制费"), "kind.postage": ("postage", "邮费"),
        "byCounterpart": ("By counterpart", "按对方汇总"), "totals": ("Totals and net position", "合计与净额"),
        "owedToMember": ("Owed to the member", "应收"), "owedByMember": ("Owed by the member", "应付"),
        "net": ("Net", "净额"), "counts": ("Services", "服务次数"),
        "loansSupplied": ("Loans supplied", "借出原书"), "copiesSupplied": ("Copies supplied", "提供复印件"),
        "loansReceived": ("Loans received", "借入原书"), "copiesReceived": ("Copies received", "获得复印件"),
        "downloadCSV": ("Download as CSV", "下载 CSV 文件"),
        "yes": ("yes", "是"), "no": ("no", "否"),
    ]

    /// Every interlibrary string in one language, for `{{s.key}}`.
    static func sharingTable(for language: Language) -> [String: String] {
        sharingEntries.merging(sharingWords) { first, _ in first }.mapValues { language == .zh ? $0.zh : $0.en }
    }

    /// One interlibrary string with `{name}` placeholders filled; the key itself when it is unknown.
    static func sharing(_ key: String, _ language: Language, _ values: [String: String] = [:]) -> String {
        guard let entry = sharingEntries[key] ?? sharingWords[key] else { return key }
        var text = language == .zh ? entry.zh : entry.en
        for (name, value) in values { text = text.replacingOccurrences(of: "{\(name)}", with: value) }
        return text
    }

    /// The words for `prefix.value` (a status, an action, an event), else `fallback`.
    static func sharingLabel(_ prefix: String, _ value: String, _ language: Language, fallback: String) -> String {
        guard let entry = sharingWords["\(prefix).\(value)"] ?? sharingEntries["\(prefix).\(value)"] else {
            return fallback
        }
        return language == .zh ? entry.zh : entry.en
    }
}
