-- The working-day calendar and the time limits.
--
-- calendar_year / calendar_day: one row per year that has an official holiday arrangement, and one
-- row per listed day of it: a holiday (法定节假日, including weekdays given off) or a make-up workday
-- (调休上班, always a Saturday or Sunday). Days not listed follow the plain week. A year without a
-- row falls back to plain weekends, and the portal says so wherever it uses such a year.
CREATE TABLE calendar_year (
    year_number  INTEGER      NOT NULL PRIMARY KEY,
    source       VARCHAR(200),
    updated_at   TIMESTAMP,
    updated_by   VARCHAR(50),
    version      BIGINT       NOT NULL
);

CREATE TABLE calendar_day (
    year_number  INTEGER      NOT NULL REFERENCES calendar_year (year_number),
    day_date     DATE         NOT NULL,
    kind         VARCHAR(20)  NOT NULL,
    PRIMARY KEY (year_number, day_date),
    CONSTRAINT calendar_day_kind CHECK (kind IN ('HOLIDAY', 'MAKEUP_WORKDAY')),
    CONSTRAINT calendar_day_in_year CHECK (EXTRACT(YEAR FROM day_date) = year_number)
);

-- time_limit_rule: the limits of a channel (category_code NULL: the channel's default rule) or of one
-- category in it; a category rule wins over the default. Units are WORKING_DAYS or CALENDAR_MONTHS.
-- The total (办结时限上限) is the outer limit that no extension passes.
-- The seeded defaults below take ids 1-9; JPA's first block of 50 ends at (or starts from) 100, above them.
CREATE SEQUENCE time_limit_rule_seq START WITH 100 INCREMENT BY 50;

CREATE TABLE time_limit_rule (
    id                       BIGINT       NOT NULL PRIMARY KEY,
    channel                  VARCHAR(40)  NOT NULL,
    category_code            VARCHAR(50),
    sign_off_working_days    INTEGER      NOT NULL,
    reply_amount             INTEGER      NOT NULL,
    reply_unit               VARCHAR(20)  NOT NULL,
    total_amount             INTEGER      NOT NULL,
    total_unit               VARCHAR(20)  NOT NULL,
    first_warning_percent    INTEGER      NOT NULL,
    second_warning_percent   INTEGER      NOT NULL,
    urge_after               INTEGER      NOT NULL,
    supervision_order_after  INTEGER      NOT NULL,
    notice_after             INTEGER      NOT NULL,
    accountability_after     INTEGER      NOT NULL,
    version                  BIGINT       NOT NULL,
    CONSTRAINT time_limit_rule_unique UNIQUE (channel, category_code),
    CONSTRAINT time_limit_rule_units CHECK (reply_unit IN ('WORKING_DAYS', 'CALENDAR_MONTHS')
                                            AND total_unit = reply_unit)
);

-- The State Council arrangements for 2025 and 2026 (the same data as OfficialArrangements; a unit
-- test compares them). They have no editor: updated_at and updated_by stay empty until an
-- administrator saves the year.
INSERT INTO calendar_year (year_number, source, updated_at, updated_by, version) VALUES (2025, '国办发明电〔2024〕12号', NULL, NULL, 0);
INSERT INTO calendar_year (year_number, source, updated_at, updated_by, version) VALUES (2026, '国务院办公厅关于2026年部分节假日安排的通知（2025-11-04）', NULL, NULL, 0);
INSERT INTO calendar_day (year_number, day_date, kind) VALUES
    (2025, DATE '2025-01-01', 'HOLIDAY'), -- 元旦
    (2025, DATE '2025-01-28', 'HOLIDAY'), -- 春节
    (2025, DATE '2025-01-29', 'HOLIDAY'),
    (2025, DATE '2025-01-30', 'HOLIDAY'),
    (2025, DATE '2025-01-31', 'HOLIDAY'),
    (2025, DATE '2025-02-01', 'HOLIDAY'),
    (2025, DATE '2025-02-02', 'HOLIDAY'),
    (2025, DATE '2025-02-03', 'HOLIDAY'),
    (2025, DATE '2025-02-04', 'HOLIDAY'),
    (2025, DATE '2025-04-04', 'HOLIDAY'), -- 清明节
    (2025, DATE '2025-04-05', 'HOLIDAY'),
    (2025, DATE '2025-04-06', 'HOLIDAY'),
    (2025, DATE '2025-05-01', 'HOLIDAY'), -- 劳动节
    (2025, DATE '2025-05-02', 'HOLIDAY'),
    (2025, DATE '2025-05-03', 'HOLIDAY'),
    (2025, DATE '2025-05-04', 'HOLIDAY'),
    (2025, DATE '2025-05-05', 'HOLIDAY'),
    (2025, DATE '2025-05-31', 'HOLIDAY'), -- 端午节
    (2025, DATE '2025-06-01', 'HOLIDAY'),
    (2025, DATE '2025-06-02', 'HOLIDAY'),
    (2025, DATE '2025-10-01', 'HOLIDAY'), -- 国庆节、中秋节
    (2025, DATE '2025-10-02', 'HOLIDAY'),
    (2025, DATE '2025-10-03', 'HOLIDAY'),
    (2025, DATE '2025-10-04', 'HOLIDAY'),
    (2025, DATE '2025-10-05', 'HOLIDAY'),
    (2025, DATE '2025-10-06', 'HOLIDAY'),
    (2025, DATE '2025-10-07', 'HOLIDAY'),
    (2025, DATE '2025-10-08', 'HOLIDAY'),
    (2025, DATE '2025-01-26', 'MAKEUP_WORKDAY'), -- 调休上班（周日）
    (2025, DATE '2025-02-08', 'MAKEUP_WORKDAY'), -- 调休上班（周六）
    (2025, DATE '2025-04-27', 'MAKEUP_WORKDAY'), -- 调休上班（周日）
    (2025, DATE '2025-09-28', 'MAKEUP_WORKDAY'), -- 调休上班（周日）
    (2025, DATE '2025-10-11', 'MAKEUP_WORKDAY'); -- 调休上班（周六）
INSERT INTO calendar_day (year_number, day_date, kind) VALUES
    (2026, DATE '2026-01-01', 'HOLIDAY'), -- 元旦
    (2026, DATE '2026-01-02', 'HOLIDAY'),
    (2026, DATE '2026-01-03', 'HOLIDAY'),
    (2026, DATE '2026-02-15', 'HOLIDAY'), -- 春节
    (2026, DATE '2026-02-16', 'HOLIDAY'),
    (2026, DATE '2026-02-17', 'HOLIDAY'),
    (2026, DATE '2026-02-18', 'HOLIDAY'),
    (2026, DATE '2026-02-19', 'HOLIDAY'),
    (2026, DATE '2026-02-20', 'HOLIDAY'),
    (2026, DATE '2026-02-21', 'HOLIDAY'),
    (2026, DATE '2026-02-22', 'HOLIDAY'),
    (2026, DATE '2026-02-23', 'HOLIDAY'),
    (2026, DATE '2026-04-04', 'HOLIDAY'), -- 清明节
    (2026, DATE '2026-04-05', 'HOLIDAY'),
    (2026, DATE '2026-04-06', 'HOLIDAY'),
    (2026, DATE '2026-05-01', 'HOLIDAY'), -- 劳动节
    (2026, DATE '2026-05-02', 'HOLIDAY'),
    (2026, DATE '2026-05-03', 'HOLIDAY'),
    (2026, DATE '2026-05-04', 'HOLIDAY'),
    (2026, DATE '2026-05-05', 'HOLIDAY'),
    (2026, DATE '2026-06-19', 'HOLIDAY'), -- 端午节
    (2026, DATE '2026-06-20', 'HOLIDAY'),
    (2026, DATE '2026-06-21', 'HOLIDAY'),
    (2026, DATE '2026-09-25', 'HOLIDAY'), -- 中秋节
    (2026, DATE '2026-09-26', 'HOLIDAY'),
    (2026, DATE '2026-09-27', 'HOLIDAY'),
    (2026, DATE '2026-10-01', 'HOLIDAY'), -- 国庆节
    (2026, DATE '2026-10-02', 'HOLIDAY'),
    (2026, DATE '2026-10-03', 'HOLIDAY'),
    (2026, DATE '2026-10-04', 'HOLIDAY'),
    (2026, DATE '2026-10-05', 'HOLIDAY'),
    (2026, DATE '2026-10-06', 'HOLIDAY'),
    (2026, DATE '2026-10-07', 'HOLIDAY'),
    (2026, DATE '2026-01-04', 'MAKEUP_WORKDAY'), -- 调休上班（周日）
    (2026, DATE '2026-02-14', 'MAKEUP_WORKDAY'), -- 调休上班（周六）
    (2026, DATE '2026-02-28', 'MAKEUP_WORKDAY'), -- 调休上班（周六）
    (2026, DATE '2026-05-09', 'MAKEUP_WORKDAY'), -- 调休上班（周六）
    (2026, DATE '2026-09-20', 'MAKEUP_WORKDAY'), -- 调休上班（周日）
    (2026, DATE '2026-10-10', 'MAKEUP_WORKDAY'); -- 调休上班（周六）

-- Default time limits (MISSION-NOTES and the README explain them). Sign-off 1 working day, warnings at 70 %
-- and 90 % of the reply time, and the overdue ladder 催办 1, 督办单 3, 通报 5, 问责 10 working days late.
-- The mayor's mailbox keeps one rule at 10 working days (complex matters, the legal outer bound); ordinary
-- matters (3 working days) get a category rule once categories exist. Netizen messages use the complaint
-- limit of 13 working days (consultations, 3, likewise by category). Working-day totals are twice the
-- reply limit: an extension may at most double the time.
INSERT INTO time_limit_rule (id, channel, category_code, sign_off_working_days, reply_amount, reply_unit,
    total_amount, total_unit, first_warning_percent, second_warning_percent, urge_after, supervision_order_after,
    notice_after, accountability_after, version) VALUES
    (1, 'PROBLEM_LEAD', NULL, 1, 10, 'WORKING_DAYS', 20, 'WORKING_DAYS', 70, 90, 1, 3, 5, 10, 0),
    (2, 'NETIZEN_MESSAGE', NULL, 1, 13, 'WORKING_DAYS', 26, 'WORKING_DAYS', 70, 90, 1, 3, 5, 10, 0),
    (3, 'MAYOR_MAILBOX', NULL, 1, 10, 'WORKING_DAYS', 20, 'WORKING_DAYS', 70, 90, 1, 3, 5, 10, 0),
    (4, 'DEPUTY_SUGGESTION', NULL, 1, 3, 'CALENDAR_MONTHS', 6, 'CALENDAR_MONTHS', 70, 90, 1, 3, 5, 10, 0),
    (5, 'CPPCC_PROPOSAL', NULL, 1, 3, 'CALENDAR_MONTHS', 6, 'CALENDAR_MONTHS', 70, 90, 1, 3, 5, 10, 0),
    (6, 'BUSINESS_ENVIRONMENT_COMPLAINT', NULL, 1, 15, 'WORKING_DAYS', 30, 'WORKING_DAYS', 70, 90, 1, 3, 5, 10, 0),
    (7, 'FIRM_REQUEST', NULL, 1, 10, 'WORKING_DAYS', 20, 'WORKING_DAYS', 70, 90, 1, 3, 5, 10, 0),
    (8, 'OBSERVER_REPORT', NULL, 1, 10, 'WORKING_DAYS', 20, 'WORKING_DAYS', 70, 90, 1, 3, 5, 10, 0),
    (9, 'ASSIGNED_BY_HIGHER_AUTHORITY', NULL, 1, 15, 'WORKING_DAYS', 30, 'WORKING_DAYS', 70, 90, 1, 3, 5, 10, 0);
