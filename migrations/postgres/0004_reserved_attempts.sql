-- Attempts are counted before their code is evaluated (a reservation under the row's lock), over
-- a sliding window: the times of the recent attempts replace the fixed window, and the lock
-- remembers which attempt set it. The compare-and-set version is no longer needed.
ALTER TABLE throttle ADD COLUMN recent_attempts TEXT NOT NULL DEFAULT '';
ALTER TABLE throttle ADD COLUMN locked_by BIGINT;
-- Failures of a window still open carry over as attempts at the window's start.
UPDATE throttle SET recent_attempts = CASE
    WHEN window_start IS NULL OR window_failures <= 0 THEN ''
    WHEN window_failures = 1 THEN CAST(window_start AS TEXT)
    WHEN window_failures = 2 THEN CAST(window_start AS TEXT) || ',' || CAST(window_start AS TEXT)
    WHEN window_failures = 3 THEN CAST(window_start AS TEXT) || ',' || CAST(window_start AS TEXT)
        || ',' || CAST(window_start AS TEXT)
    ELSE CAST(window_start AS TEXT) || ',' || CAST(window_start AS TEXT) || ','
        || CAST(window_start AS TEXT) || ',' || CAST(window_start AS TEXT)
END;
ALTER TABLE throttle DROP COLUMN window_start;
ALTER TABLE throttle DROP COLUMN window_failures;
ALTER TABLE throttle DROP COLUMN version;

-- A confirmation claims the enrollment before it hashes the new backup codes, so concurrent
-- submissions of one valid code cost one confirmation's hashes; the claim expires on its own.
ALTER TABLE enrollments ADD COLUMN confirming_until BIGINT;
