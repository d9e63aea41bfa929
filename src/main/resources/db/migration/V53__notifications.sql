-- notification (issue 21): templates as data, the in-app inbox, deliveries per channel, preferences, and the scheduler lock

-- One row per kind of message: its parameters (in the order the sender passes them), the text in both languages
-- ({name} placeholders) and the WhatsApp template name it was approved under. Adding a kind is one row here.
CREATE TABLE notification_template (
    kind         varchar(80) PRIMARY KEY,
    params       text[]       NOT NULL DEFAULT '{}',
    body_id      varchar(1000) NOT NULL,
    body_en      varchar(1000) NOT NULL,
    whatsapp_name varchar(100) NOT NULL,
    title_id     varchar(80)  NOT NULL,
    title_en     varchar(80)  NOT NULL,
    version      integer      NOT NULL DEFAULT 0,
    updated_at   timestamptz  NOT NULL DEFAULT now(),
    updated_by   varchar(60)
);

-- What a person reads on the platform; one row per message (message_id makes a re-delivered event harmless)
CREATE TABLE notification_inbox (
    id          bigserial PRIMARY KEY,
    message_id  uuid         NOT NULL UNIQUE,
    username    varchar(60)  NOT NULL,
    kind        varchar(80)  NOT NULL,
    text        varchar(2000) NOT NULL,
    link        varchar(300),
    created_at  timestamptz  NOT NULL,
    read_at     timestamptz
);
-- the top bar's unread count: an index-only count of a person's unread rows
CREATE INDEX notification_inbox_unread ON notification_inbox (username) WHERE read_at IS NULL;
CREATE INDEX notification_inbox_list ON notification_inbox (username, created_at DESC, id DESC);

-- One row per message and channel. idempotency_key travels with every attempt, so a provider that keeps keys
-- drops a repeat after a crash between sending and recording (ADR 0017).
CREATE TABLE notification_delivery (
    id              bigserial PRIMARY KEY,
    idempotency_key varchar(120) NOT NULL UNIQUE,
    message_id      uuid         NOT NULL,
    username        varchar(60),
    channel         varchar(20)  NOT NULL,
    address         varchar(200),
    kind            varchar(80)  NOT NULL,
    template_name   varchar(100) NOT NULL,
    language        varchar(2)   NOT NULL,
    params          text[]       NOT NULL DEFAULT '{}',
    text            varchar(2000) NOT NULL,
    status          varchar(12)  NOT NULL,
    attempts        integer      NOT NULL DEFAULT 0,
    next_attempt_at timestamptz  NOT NULL,
    claimed_at      timestamptz,
    last_error      varchar(500),
    provider_id     varchar(200),
    created_at      timestamptz  NOT NULL,
    finished_at     timestamptz,
    CONSTRAINT notification_delivery_status CHECK (status IN ('PENDING', 'SENDING', 'SENT', 'FAILED'))
);
CREATE INDEX notification_delivery_due ON notification_delivery (next_attempt_at) WHERE status IN ('PENDING', 'SENDING');
CREATE INDEX notification_delivery_person ON notification_delivery (username, created_at DESC);

-- A person's choices: channels turned off per kind ("kind/CHANNEL"), and quiet hours in their own zone
CREATE TABLE notification_preference (
    username     varchar(60) PRIMARY KEY,
    turned_off   text[]      NOT NULL DEFAULT '{}',
    quiet_from   time        NOT NULL DEFAULT '21:00',
    quiet_until  time        NOT NULL DEFAULT '07:00',
    version      integer     NOT NULL DEFAULT 0
);

-- ShedLock: a scheduled job runs on one node at a time
CREATE TABLE shedlock (
    name       varchar(64)  PRIMARY KEY,
    lock_until timestamptz  NOT NULL,
    locked_at  timestamptz  NOT NULL,
    locked_by  varchar(255) NOT NULL
);

INSERT INTO notification_template (kind, params, body_id, body_en, whatsapp_name, title_id, title_en) VALUES
('reminder.visit.tomorrow', '{business,date}',
 'Pengingat: kunjungan ke {business} dijadwalkan besok, {date}.',
 'Reminder: your visit to {business} is due tomorrow, {date}.', 'nk_visit_tomorrow', 'Kunjungan besok', 'Visit tomorrow'),
('reminder.visit.missed', '{business,date}',
 'Kunjungan ke {business} yang dijadwalkan {date} belum dicatat. Mohon catat atau jadwalkan ulang.',
 'The visit to {business} due on {date} has not been recorded. Please record it or plan it again.', 'nk_visit_missed', 'Kunjungan terlewat', 'Missed visit'),
('reminder.case.overdue', '{step,business,due}',
 'Langkah "{step}" untuk {business} melewati batas waktu ({due}).',
 'Step "{step}" for {business} is past its deadline ({due}).', 'nk_case_overdue', 'Langkah izin terlambat', 'Case step overdue'),
('reminder.permit.expiring', '{permit,business,date,days}',
 'Izin {permit} milik {business} berakhir pada {date} ({days} hari lagi). Segera urus perpanjangan.',
 'Permit {permit} of {business} expires on {date} (in {days} days). Start the renewal now.', 'nk_permit_expiring', 'Izin segera berakhir', 'Permit expiring'),
('reminder.training.tomorrow', '{event,time,place}',
 'Besok: "{event}" pukul {time}. Tempat/tautan: {place}',
 'Tomorrow: "{event}" at {time}. Place/link: {place}', 'nk_training_tomorrow', 'Pelatihan besok', 'Training tomorrow'),
('reminder.action.due', '{action,business,date}',
 'Tindakan perbaikan "{action}" di {business} jatuh tempo {date}.',
 'Corrective action "{action}" at {business} is due on {date}.', 'nk_action_due', 'Tindakan perbaikan jatuh tempo', 'Corrective action due'),
('training.notice.confirmed', '{participant,event}',
 'Pendaftaran {participant} untuk "{event}" diterima.',
 '{participant}''s registration for "{event}" is accepted.', 'nk_training_confirmed', 'Pendaftaran pelatihan diterima', 'Training registration accepted'),
('training.notice.waitlisted', '{participant,event}',
 '{participant} masuk daftar tunggu "{event}"; kami kabari bila ada kursi.',
 '{participant} is on the waitlist for "{event}"; we will tell you when a seat is free.', 'nk_training_waitlisted', 'Daftar tunggu pelatihan', 'Training waitlist'),
('training.notice.promoted', '{participant,event}',
 'Kabar baik: {participant} mendapat kursi di "{event}".',
 'Good news: {participant} has a seat at "{event}".', 'nk_training_promoted', 'Kursi pelatihan didapat', 'Training seat offered'),
('training.notice.eventCancelled', '{participant,event,reason}',
 'Mohon maaf, "{event}" dibatalkan oleh penyelenggara ({reason}). Pendaftaran {participant} tidak berlaku lagi.',
 'We are sorry: "{event}" was cancelled by the organisers ({reason}). {participant}''s registration no longer holds.', 'nk_training_cancelled', 'Pelatihan dibatalkan', 'Training cancelled');
