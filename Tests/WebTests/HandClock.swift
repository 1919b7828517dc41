import Foundation
import PinakesCore
import Synchronization

/// A clock the test moves by hand, so records get known datestamps and lists see them.
final class HandClock: Sendable {
    private let time: Mutex<Date>

    init(_ start: Date) { time = Mutex(start) }

    var clock: Clock { Clock { [self] in self.time.withLock { $0 } } }

    func set(_ date: Date) { time.withLock { $0 = date } }
}
