-- Issue 17, item 2: the one assessment comment the officer writes or approves at consolidation, proposed from the
-- counted experts' comments (an outlier left out under R-AWD-03 is not in it); the decision letter quotes it.
ALTER TABLE assessment_consolidation ADD COLUMN assessment_comment TEXT;
