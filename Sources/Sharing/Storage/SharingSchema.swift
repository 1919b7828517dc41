import PinakesCore

/// The `ill_*` tables. What must never break is a constraint here: one lending request per requesting agency's
/// request id, one borrowing request per our own request id, one ledger booking per service and kind, one
/// stored confirmation per incoming message.
public enum SharingSchema {
    /// Sharing's migrations, applied after circulation's.
    public static let migrations: [Migration] = [
        Migration(module: "sharing", name: "001-directory") { backend in
            [
                """
                CREATE TABLE ill_agency (
                    id \(backend.idColumn),
                    agency_type TEXT NOT NULL,
                    agency_value TEXT NOT NULL,
                    library_id BIGINT NOT NULL REFERENCES org_library(id),
                    created_at BIGINT NOT NULL,
                    UNIQUE (agency_type, agency_value))
                """,
                """
                CREATE TABLE ill_peer (
                    id \(backend.idColumn),
                    agency_type TEXT NOT NULL,
                    agency_value TEXT NOT NULL,
                    document TEXT NOT NULL,
                    incoming_secret_hash TEXT,
                    status TEXT NOT NULL,
                    created_at BIGINT NOT NULL,
                    updated_at BIGINT NOT NULL,
                    UNIQUE (agency_type, agency_value))
                """,
                """
                CREATE TABLE ill_setting (
                    id BIGINT PRIMARY KEY,
                    document TEXT NOT NULL,
                    updated_at BIGINT NOT NULL,
                    updated_by TEXT NOT NULL)
                """,
            ]
        },
        Migration(module: "sharing", name: "002-requests") { backend in
            [
                """
                CREATE TABLE ill_request (
                    id \(backend.idColumn),
                    role TEXT NOT NULL,
                    requesting_agency TEXT NOT NULL,
                    requesting_request_id TEXT NOT NULL,
                    supplying_agency TEXT,
                    supplying_request_id TEXT,
                    library_id BIGINT NOT NULL REFERENCES org_library(id),
                    reader_id BIGINT REFERENCES patron_reader(id),
                    status TEXT NOT NULL,
                    state TEXT NOT NULL,
                    service_type TEXT NOT NULL,
                    title TEXT NOT NULL,
                    author TEXT NOT NULL DEFAULT '',
                    request_xml TEXT NOT NULL,
                    request_json TEXT NOT NULL DEFAULT '',
                    copyright_key TEXT,
                    copyright_year BIGINT,
                    answer_by BIGINT,
                    note TEXT NOT NULL DEFAULT '',
                    version BIGINT NOT NULL DEFAULT 1,
                    created_at BIGINT NOT NULL,
                    updated_at BIGINT NOT NULL)
                """,
                """
                CREATE UNIQUE INDEX ill_request_lending ON ill_request (requesting_agency, requesting_request_id)
                WHERE role = 'lending'
                """,
                """
                CREATE UNIQUE INDEX ill_request_borrowing ON ill_request (requesting_request_id)
                WHERE role = 'borrowing'
                """,
                "CREATE INDEX ill_request_queue ON ill_request (role, library_id, status)",
                "CREATE INDEX ill_request_recent ON ill_request (role, updated_at)",
                "CREATE INDEX ill_request_reader ON ill_request (reader_id)",
                "CREATE INDEX ill_request_copyright ON ill_request (copyright_key, copyright_year)",
                """
                CREATE TABLE ill_rota (
                    request_id BIGINT NOT NULL REFERENCES ill_request(id),
                    position BIGINT NOT NULL,
                    agency TEXT NOT NULL,
                    name TEXT NOT NULL,
                    score DOUBLE PRECISION NOT NULL,
                    reasons TEXT NOT NULL,
                    outcome TEXT NOT NULL,
                    asked_at BIGINT,
                    answered_at BIGINT,
                    PRIMARY KEY (request_id, position))
                """,
                """
                CREATE TABLE ill_event (
                    id \(backend.idColumn),
                    request_id BIGINT NOT NULL REFERENCES ill_request(id),
                    at BIGINT NOT NULL,
                    actor TEXT NOT NULL,
                    event TEXT NOT NULL,
                    from_status TEXT NOT NULL,
                    to_status TEXT NOT NULL,
                    note TEXT NOT NULL DEFAULT '')
                """,
                "CREATE INDEX ill_event_request ON ill_event (request_id, id)",
            ]
        },
        Migration(module: "sharing", name: "003-messages") { backend in
            [
                """
                CREATE TABLE ill_message (
                    id \(backend.idColumn),
                    request_id BIGINT REFERENCES ill_request(id),
                    direction TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    from_agency TEXT NOT NULL,
                    to_agency TEXT NOT NULL,
                    requesting_request_id TEXT NOT NULL,
                    digest TEXT,
                    body TEXT NOT NULL,
                    confirmation TEXT,
                    status TEXT NOT NULL,
                    error_type TEXT,
                    error_value TEXT,
                    attempts BIGINT NOT NULL DEFAULT 0,
                    next_attempt_at BIGINT,
                    at BIGINT NOT NULL,
                    sent_at BIGINT)
                """,
                "CREATE UNIQUE INDEX ill_message_incoming ON ill_message (digest) WHERE direction = 'in'",
                "CREATE INDEX ill_message_request ON ill_message (request_id, id)",
                "CREATE INDEX ill_message_outbox ON ill_message (status, next_attempt_at) WHERE direction = 'out'",
            ]
        },
        Migration(module: "sharing", name: "004-ledger-documents") { backend in
            [
                """
                CREATE TABLE ill_ledger (
                    id \(backend.idColumn),
                    request_id BIGINT NOT NULL REFERENCES ill_request(id),
                    requesting_request_id TEXT NOT NULL,
                    booked_at BIGINT NOT NULL,
                    lender TEXT NOT NULL,
                    borrower TEXT NOT NULL,
                    member_library_id BIGINT NOT NULL REFERENCES org_library(id),
                    service TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    amount_cents BIGINT NOT NULL,
                    currency TEXT NOT NULL,
                    description TEXT NOT NULL DEFAULT '',
                    UNIQUE (lender, borrower, requesting_request_id, kind))
                """,
                "CREATE INDEX ill_ledger_month ON ill_ledger (booked_at)",
                """
                CREATE TABLE ill_document (
                    id \(backend.idColumn),
                    request_id BIGINT NOT NULL REFERENCES ill_request(id),
                    token TEXT NOT NULL UNIQUE,
                    filename TEXT NOT NULL,
                    content_type TEXT NOT NULL,
                    bytes \(backend.blobType) NOT NULL,
                    size BIGINT NOT NULL,
                    pages BIGINT,
                    expires_at BIGINT NOT NULL,
                    max_opens BIGINT NOT NULL,
                    opens BIGINT NOT NULL DEFAULT 0,
                    created_at BIGINT NOT NULL)
                """,
                "CREATE INDEX ill_document_request ON ill_document (request_id)",
                """
                CREATE TABLE ill_delivery (
                    id \(backend.idColumn),
                    document_id BIGINT NOT NULL REFERENCES ill_document(id),
                    at BIGINT NOT NULL,
                    who TEXT NOT NULL,
                    outcome TEXT NOT NULL)
                """,
            ]
        },
    ]
}
