-- Files as large objects on H2 (BINARY LARGE OBJECT), unchanged BYTEA on PostgreSQL: see Infrastructure.largeBinaryColumns (issue #12).
ALTER TABLE submission_pdf ALTER COLUMN content SET DATA TYPE ${large_binary};
