-- 长辈版 (the senior look: bigger text, stronger contrast, bigger targets) is each account's own
-- setting, kept with the account so that it follows the person to any browser (issue 22).
ALTER TABLE account ADD COLUMN senior_look BOOLEAN DEFAULT FALSE NOT NULL;
