-- Annexes uploaded to a draft: each partner organisation's mandate for the coordinator (PDF) and other annexes.
-- The bytes stay here; the draft's ANNEXES section keeps only references (id, organisation, kind, file name, size,
-- SHA-256), so a frozen submission names exact files. A removed annex keeps its row (removed_at) for that reason.
CREATE TABLE application_annex (
    id                UUID         NOT NULL PRIMARY KEY,
    application_id    UUID         NOT NULL REFERENCES application_draft (id) ON DELETE CASCADE,
    organisation_oid  VARCHAR(20),
    kind              VARCHAR(10)  NOT NULL CHECK (kind IN ('MANDATE', 'OTHER')),
    file_name         VARCHAR(200) NOT NULL,
    byte_size         BIGINT       NOT NULL,
    sha256            VARCHAR(64)  NOT NULL,
    content           BYTEA        NOT NULL,
    uploaded_by       UUID         NOT NULL REFERENCES account (id),
    uploaded_by_name  VARCHAR(200) NOT NULL,
    uploaded_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    removed_at        TIMESTAMP WITH TIME ZONE
);
CREATE INDEX application_annex_application_ix ON application_annex (application_id);
