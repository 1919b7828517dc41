import PinakesCore

/// The `patron_*` and `circ_*` tables. The rules that must never break are constraints here, not checks in
/// code: one open loan per copy, one hold a copy is caught for, one open transit per copy, one notice per
/// occasion.
public enum CirculationSchema {
    /// Circulation's migrations, applied after the catalogue's and the accounts'.
    public static let migrations: [Migration] = [
        Migration(module: "circulation", name: "001-readers") { backend in
            [
                """
                CREATE TABLE patron_reader (
                    id \(backend.idColumn),
                    name TEXT NOT NULL,
                    category TEXT NOT NULL,
                    home_library_id BIGINT NOT NULL REFERENCES org_library(id),
                    email TEXT,
                    phone TEXT,
                    status TEXT NOT NULL,
                    registered_via TEXT NOT NULL,
                    valid_through TEXT,
                    keep_history BOOLEAN NOT NULL DEFAULT FALSE,
                    link_group BIGINT,
                    account_id BIGINT REFERENCES account_user(id),
                    pin_hash TEXT,
                    note TEXT NOT NULL DEFAULT '',
                    created_at BIGINT NOT NULL,
                    updated_at BIGINT NOT NULL)
                """,
                "CREATE INDEX patron_reader_name ON patron_reader (name)",
                "CREATE UNIQUE INDEX patron_reader_account ON patron_reader (account_id)",
                """
                CREATE TABLE patron_card (
                    id \(backend.idColumn),
                    reader_id BIGINT NOT NULL REFERENCES patron_reader(id),
                    card_number TEXT NOT NULL UNIQUE,
                    status TEXT NOT NULL,
                    issued_at BIGINT NOT NULL,
                    ended_at BIGINT)
                """,
                "CREATE UNIQUE INDEX patron_card_one_active ON patron_card (reader_id) WHERE status = 'active'",
                """
                CREATE TABLE patron_block (
                    id \(backend.idColumn),
                    reader_id BIGINT NOT NULL REFERENCES patron_reader(id),
                    kind TEXT NOT NULL,
                    note TEXT NOT NULL DEFAULT '',
                    created_at BIGINT NOT NULL,
                    created_by TEXT NOT NULL,
                    lifted_at BIGINT,
                    lifted_by TEXT)
                """,
                "CREATE INDEX patron_block_reader ON patron_block (reader_id)",
            ]
        },
        Migration(module: "circulation", name: "002-circulation") { backend in
            [
                """
                CREATE TABLE circ_policy (
                    id BIGINT PRIMARY KEY,
                    document TEXT NOT NULL,
                    version BIGINT NOT NULL,
                    updated_at BIGINT NOT NULL,
                    updated_by TEXT NOT NULL)
                """,
                """
                CREATE TABLE circ_calendar (
                    library_id BIGINT PRIMARY KEY REFERENCES org_library(id),
                    document TEXT NOT NULL,
                    updated_at BIGINT NOT NULL)
                """,
                """
                CREATE TABLE circ_loan (
                    id \(backend.idColumn),
                    copy_id BIGINT NOT NULL REFERENCES item_copy(id),
                    reader_id BIGINT REFERENCES patron_reader(id),
                    library_id BIGINT NOT NULL REFERENCES org_library(id),
                    status TEXT NOT NULL,
                    checked_out_at BIGINT NOT NULL,
                    due_at BIGINT NOT NULL,
                    renewals BIGINT NOT NULL DEFAULT 0,
                    rule_id TEXT NOT NULL,
                    ended_at BIGINT,
                    ended_library_id BIGINT REFERENCES org_library(id),
                    state TEXT NOT NULL)
                """,
                "CREATE UNIQUE INDEX circ_loan_one_open ON circ_loan (copy_id) WHERE ended_at IS NULL",
                "CREATE INDEX circ_loan_reader ON circ_loan (reader_id, ended_at)",
                "CREATE INDEX circ_loan_due ON circ_loan (due_at) WHERE ended_at IS NULL",
                """
                CREATE TABLE circ_hold (
                    id \(backend.idColumn),
                    reader_id BIGINT NOT NULL REFERENCES patron_reader(id),
                    cluster_id BIGINT REFERENCES bib_cluster(id),
                    copy_id BIGINT REFERENCES item_copy(id),
                    pickup_library_id BIGINT NOT NULL REFERENCES org_library(id),
                    status TEXT NOT NULL,
                    placed_at BIGINT NOT NULL,
                    targeted_copy_id BIGINT REFERENCES item_copy(id),
                    targeted_at BIGINT,
                    captured_copy_id BIGINT REFERENCES item_copy(id),
                    shelf_expires_at BIGINT,
                    closed_at BIGINT,
                    state TEXT NOT NULL)
                """,
                """
                CREATE UNIQUE INDEX circ_hold_one_capture ON circ_hold (captured_copy_id)
                WHERE status IN ('in-transit', 'ready-for-pickup')
                """,
                "CREATE INDEX circ_hold_cluster ON circ_hold (cluster_id, status)",
                "CREATE INDEX circ_hold_copy ON circ_hold (copy_id, status)",
                "CREATE INDEX circ_hold_reader ON circ_hold (reader_id, status)",
                "CREATE INDEX circ_hold_pickup ON circ_hold (pickup_library_id, status)",
                "CREATE INDEX circ_hold_targeted ON circ_hold (targeted_copy_id)",
                """
                CREATE TABLE circ_transit (
                    id \(backend.idColumn),
                    copy_id BIGINT NOT NULL REFERENCES item_copy(id),
                    from_library_id BIGINT NOT NULL REFERENCES org_library(id),
                    to_library_id BIGINT NOT NULL REFERENCES org_library(id),
                    reason TEXT NOT NULL,
                    hold_id BIGINT REFERENCES circ_hold(id),
                    status TEXT NOT NULL,
                    opened_at BIGINT NOT NULL,
                    closed_at BIGINT,
                    state TEXT NOT NULL)
                """,
                "CREATE UNIQUE INDEX circ_transit_one_open ON circ_transit (copy_id) WHERE status = 'open'",
                "CREATE INDEX circ_transit_to ON circ_transit (to_library_id, status)",
                """
                CREATE TABLE circ_fine (
                    id \(backend.idColumn),
                    reader_id BIGINT NOT NULL REFERENCES patron_reader(id),
                    loan_id BIGINT REFERENCES circ_loan(id),
                    copy_id BIGINT REFERENCES item_copy(id),
                    kind TEXT NOT NULL,
                    amount_cents BIGINT NOT NULL,
                    paid_cents BIGINT NOT NULL DEFAULT 0,
                    waived_cents BIGINT NOT NULL DEFAULT 0,
                    note TEXT NOT NULL DEFAULT '',
                    created_at BIGINT NOT NULL,
                    CHECK (paid_cents + waived_cents <= amount_cents))
                """,
                "CREATE INDEX circ_fine_reader ON circ_fine (reader_id)",
                """
                CREATE TABLE circ_payment (
                    id \(backend.idColumn),
                    reader_id BIGINT NOT NULL REFERENCES patron_reader(id),
                    kind TEXT NOT NULL,
                    amount_cents BIGINT NOT NULL,
                    receipt_number TEXT NOT NULL UNIQUE,
                    library_id BIGINT REFERENCES org_library(id),
                    actor TEXT NOT NULL,
                    note TEXT NOT NULL DEFAULT '',
                    at BIGINT NOT NULL)
                """,
                """
                CREATE TABLE circ_payment_line (
                    payment_id BIGINT NOT NULL REFERENCES circ_payment(id),
                    fine_id BIGINT NOT NULL REFERENCES circ_fine(id),
                    amount_cents BIGINT NOT NULL,
                    PRIMARY KEY (payment_id, fine_id))
                """,
                """
                CREATE TABLE circ_notice (
                    id \(backend.idColumn),
                    reader_id BIGINT NOT NULL REFERENCES patron_reader(id),
                    kind TEXT NOT NULL,
                    occasion TEXT NOT NULL UNIQUE,
                    copy_id BIGINT REFERENCES item_copy(id),
                    library_id BIGINT REFERENCES org_library(id),
                    deadline BIGINT,
                    created_at BIGINT NOT NULL,
                    status TEXT NOT NULL,
                    attempts BIGINT NOT NULL DEFAULT 0,
                    sent_at BIGINT,
                    last_error TEXT)
                """,
                "CREATE INDEX circ_notice_pending ON circ_notice (status)",
                "CREATE INDEX circ_notice_reader ON circ_notice (reader_id)",
                """
                CREATE TABLE circ_event (
                    id \(backend.idColumn),
                    at BIGINT NOT NULL,
                    actor TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    library_id BIGINT REFERENCES org_library(id),
                    reader_id BIGINT,
                    copy_id BIGINT,
                    loan_id BIGINT,
                    hold_id BIGINT,
                    transit_id BIGINT,
                    detail TEXT NOT NULL DEFAULT '')
                """,
                "CREATE INDEX circ_event_copy ON circ_event (copy_id)",
            ]
        },
        Migration(module: "circulation", name: "003-notice-text") { _ in
            // Notices about things that are not our copies (interlibrary requests) carry their own title and
            // what happened (`detail`).
            [
                "ALTER TABLE circ_notice ADD COLUMN title TEXT",
                "ALTER TABLE circ_notice ADD COLUMN detail TEXT NOT NULL DEFAULT ''",
            ]
        },
    ]
}
