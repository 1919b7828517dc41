extension CirculationRefusal: CustomStringConvertible {
    /// The refusal in English, addressed to the reader.
    public var english: String {
        switch self {
        case .cardBlocked(let block):
            return "Your card is blocked (\(block.english)). Please ask at the desk."
        case .cardExpired(let date): return "Your card expired on \(date). Please renew it at the desk."
        case .noLoanRule(let category, let itemType, let library):
            return "No loan rule covers a \(category.rawValue) reader borrowing \(itemType) at \(library)."
        case .itemNotLoanable(let type): return "Items of type \(type) are for use in the library only."
        case .loanLimitReached(let limit): return "You already have \(limit) items on loan, the most allowed."
        case .holdsNotAllowed(let type): return "Items of type \(type) cannot be requested."
        case .holdLimitReached(let limit): return "You already have \(limit) requests, the most allowed."
        case .noOpenDayAhead: return "The library has no opening day in the coming year; no due date can be set."
        case .alreadyOnLoan(let barcode): return "Item \(barcode) is already on loan."
        case .heldForAnotherReader(let barcode): return "Item \(barcode) is being held for another reader."
        case .notOnLoan: return "This item is not on loan."
        case .itemRecordedLost(let barcode): return "Item \(barcode) is recorded as lost. Please ask at the desk."
        case .itemClaimedReturned(let barcode):
            return "Item \(barcode) is recorded as claimed returned. Please ask at the desk."
        case .renewalLimitReached(let limit): return "This item has been renewed \(limit) times, the most allowed."
        case .requestedByAnotherReader(let barcode):
            return "Item \(barcode) cannot be renewed: another reader is waiting for it."
        case .holdAlreadyPlaced: return "This request has already been placed."
        case .holdCannotChange(let status): return "This request is \(status.english) and cannot be changed now."
        case .holdSuspended: return "This request is suspended."
        case .copyDoesNotFillHold(let barcode): return "Item \(barcode) does not fill this request."
        case .notThePickupLibrary: return "This request is to be picked up at another library."
        case .holdNotYetExpired: return "This request has not expired yet."
        case .transitAlreadyOpen: return "This item is already in transit."
        case .transitNotOpen(let status): return "This transit is \(status.english)."
        case .transitForAnotherLibrary: return "This item is in transit to another library."
        case .unknownCard(let card): return "No reader has card number \(card)."
        case .cardPending: return "This card has not been activated yet. Please show proof of identity at a desk."
        case .cardReplaced(let card):
            return "Card \(card) has been replaced by a new card. Please use the new card or ask at the desk."
        case .unknownItem(let barcode): return "No item has barcode \(barcode)."
        case .itemNotAvailable(let barcode, let status):
            return "Item \(barcode) cannot be lent now: it is \(Self.statusEnglish(status))."
        case .unknownLibrary(let code): return "There is no library with code \(code)."
        case .notYourLoan: return "This loan or request belongs to another reader."
        case .unknownHold: return "There is no such request."
        case .noCopiesToRequest: return "No library of the consortium has a copy of this title that can be requested."
        case .invalidAmount: return "The amount must be more than zero and no more than what is owed."
        }
    }

    /// The refusal in Chinese, addressed to the reader.
    public var chinese: String {
        switch self {
        case .cardBlocked(let block): return "您的读者证已被暂停使用（\(block.chinese)），请到服务台咨询。"
        case .cardExpired(let date): return "您的读者证已于\(date)过期，请到服务台办理续期。"
        case .noLoanRule(let category, let itemType, let library):
            return "没有适用于\(category.chinese)读者在\(library)借阅\(itemType)类文献的借阅规则。"
        case .itemNotLoanable(let type): return "\(type)类文献仅限馆内阅览，不外借。"
        case .loanLimitReached(let limit): return "您已借阅\(limit)册，已达到可借数量上限。"
        case .holdsNotAllowed(let type): return "\(type)类文献不接受预约。"
        case .holdLimitReached(let limit): return "您已有\(limit)条预约，已达到预约数量上限。"
        case .noOpenDayAhead: return "本馆未来一年内没有开馆日，无法确定应还日期。"
        case .alreadyOnLoan(let barcode): return "单册\(barcode)已被借出。"
        case .heldForAnotherReader(let barcode): return "单册\(barcode)已为其他读者预留。"
        case .notOnLoan: return "该单册不在借出状态。"
        case .itemRecordedLost(let barcode): return "单册\(barcode)已登记为遗失，请到服务台咨询。"
        case .itemClaimedReturned(let barcode): return "单册\(barcode)已登记为声称已还，请到服务台咨询。"
        case .renewalLimitReached(let limit): return "该单册已续借\(limit)次，已达到续借次数上限。"
        case .requestedByAnotherReader(let barcode): return "单册\(barcode)已被其他读者预约，不能续借。"
        case .holdAlreadyPlaced: return "该预约已经提交。"
        case .holdCannotChange(let status): return "该预约\(status.chinese)，现在不能更改。"
        case .holdSuspended: return "该预约已暂停。"
        case .copyDoesNotFillHold(let barcode): return "单册\(barcode)不能满足该预约。"
        case .notThePickupLibrary: return "该预约应在其他图书馆取书。"
        case .holdNotYetExpired: return "该预约尚未过期。"
        case .transitAlreadyOpen: return "该单册已在途。"
        case .transitNotOpen(let status): return "该在途记录\(status.chinese)。"
        case .transitForAnotherLibrary: return "该单册正在运往其他图书馆。"
        case .unknownCard(let card): return "没有读者证号为\(card)的读者。"
        case .cardPending: return "该读者证尚未激活，请携带身份证件到服务台办理。"
        case .cardReplaced(let card): return "读者证\(card)已换发新证，请使用新证或到服务台咨询。"
        case .unknownItem(let barcode): return "没有条码为\(barcode)的单册。"
        case .itemNotAvailable(let barcode, let status):
            return "单册\(barcode)目前不能外借：\(Self.statusChinese(status))。"
        case .unknownLibrary(let code): return "没有代码为\(code)的图书馆。"
        case .notYourLoan: return "该借阅或预约属于其他读者。"
        case .unknownHold: return "没有该预约。"
        case .noCopiesToRequest: return "联盟内没有可预约的该题名单册。"
        case .invalidAmount: return "金额必须大于零且不超过欠款。"
        }
    }

    /// An item status (`in-transit`) in English words.
    static func statusEnglish(_ status: String) -> String {
        switch status {
        case "on-loan": return "on loan"
        case "in-transit": return "in transit"
        case "on-hold-shelf": return "on the hold shelf"
        case "on-order": return "on order"
        case "in-processing": return "being processed"
        case "not-for-loan": return "not for loan"
        default: return status
        }
    }

    /// An item status in Chinese.
    static func statusChinese(_ status: String) -> String {
        switch status {
        case "on-loan": return "已借出"
        case "in-transit": return "在途"
        case "on-hold-shelf": return "在预约架上"
        case "on-order": return "订购中"
        case "in-processing": return "加工中"
        case "not-for-loan": return "不外借"
        case "lost": return "已遗失"
        case "missing": return "下落不明"
        case "damaged": return "已损坏"
        case "withdrawn": return "已剔除"
        default: return status
        }
    }

    /// The English message, for logs.
    public var description: String { english }
}

extension ReaderBlock {
    /// The block in English, for messages.
    public var english: String {
        switch self {
        case .fines: return "unpaid fines"
        case .lostCard: return "card reported lost"
        case .manual: return "blocked by staff"
        }
    }

    /// The block in Chinese, for messages.
    public var chinese: String {
        switch self {
        case .fines: return "欠款超限"
        case .lostCard: return "读者证已挂失"
        case .manual: return "工作人员设置"
        }
    }
}

extension ReaderCategory {
    /// The category in Chinese, for messages.
    public var chinese: String {
        switch self {
        case .adult: return "成人"
        case .child: return "少儿"
        case .student: return "学生"
        case .staff: return "馆员"
        case .senior: return "老年"
        case .external: return "外来"
        case .institution: return "集体"
        }
    }
}
