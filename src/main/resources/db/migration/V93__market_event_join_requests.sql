-- market: an owner of a verified business asks to take part in an agency's market event; a curator of that agency
-- accepts (the business becomes a participant) or declines with a reason (ADR 0031). An event may close its
-- registration before it starts and hold a limited number of UMKM.
ALTER TABLE market_event
    ADD COLUMN registration_closes_on date,
    ADD COLUMN capacity integer CHECK (capacity BETWEEN 1 AND 300);

CREATE TABLE market_event_request (
    id           bigserial     PRIMARY KEY,
    event_id     bigint        NOT NULL REFERENCES market_event (id) ON DELETE CASCADE,
    business_id  bigint        NOT NULL,
    note         varchar(500),
    status       varchar(10)   NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'ACCEPTED', 'DECLINED')),
    reason       varchar(500),
    asked_by     bigint        NOT NULL,
    asked_at     timestamptz   NOT NULL,
    decided_at   timestamptz,
    version      integer       NOT NULL DEFAULT 1,
    CHECK ((status = 'DECLINED') = (reason IS NOT NULL))
);
-- one open request per business and event: a second one is refused on its field, this is the last resort
CREATE UNIQUE INDEX market_event_request_open ON market_event_request (event_id, business_id) WHERE status = 'PENDING';
CREATE INDEX market_event_request_event ON market_event_request (event_id, status);
CREATE INDEX market_event_request_business ON market_event_request (business_id);

INSERT INTO notification_template (kind, params, body_id, body_en, whatsapp_name, title_id, title_en) VALUES
('market.event.joinRequested', '{business,event}',
 '{business} minta ikut {event}. Terima atau tolak di halaman acara di Naik Kelas.',
 '{business} asks to take part in {event}. Accept or decline on the event''s page on Naik Kelas.',
 'nk_event_join_requested', 'Permintaan ikut acara', 'Request to take part'),
('market.event.joinAccepted', '{business,event}',
 '{business} diterima sebagai peserta {event}. Sampai jumpa di acara!',
 '{business} is accepted as a participant of {event}. See you there!',
 'nk_event_join_accepted', 'Diterima ikut acara', 'Accepted to take part'),
('market.event.joinDeclined', '{business,event,reason}',
 'Permintaan {business} ikut {event} ditolak: {reason}.',
 'The request of {business} to take part in {event} was declined: {reason}.',
 'nk_event_join_declined', 'Permintaan ikut acara ditolak', 'Request to take part declined');
