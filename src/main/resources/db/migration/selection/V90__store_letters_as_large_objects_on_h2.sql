-- Files as large objects on H2 (BINARY LARGE OBJECT), unchanged BYTEA on PostgreSQL: see Infrastructure.largeBinaryColumns (issue #12).
ALTER TABLE selection_decision ALTER COLUMN letter_pdf SET DATA TYPE ${large_binary};
