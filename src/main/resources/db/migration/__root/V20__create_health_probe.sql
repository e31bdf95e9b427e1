-- Readiness (issue #12): every node's health check writes this one row, so that a node whose database still
-- answers reads but no longer takes writes reports DOWN and leaves the load balancer.
CREATE TABLE health_probe (
    id         INTEGER                  NOT NULL PRIMARY KEY,
    probed_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
INSERT INTO health_probe (id, probed_at) VALUES (1, CURRENT_TIMESTAMP);
