-- Chief service: industries, firms and their officers, visits, policies and their delivery.
-- Units (districts) and accounts (officers) belong to case tracking, whose migrations run first;
-- they are referenced by id. Sequences step by JPA's allocation size (50).
CREATE SEQUENCE firm_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE assignment_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE visit_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE policy_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE delivery_seq START WITH 50 INCREMENT BY 50;

-- The sections of the national industry classification (GB/T 4754-2017); finer codes can be added.
CREATE TABLE industry (
    code      VARCHAR(10)  NOT NULL PRIMARY KEY,
    name      VARCHAR(100) NOT NULL,
    position  INTEGER      NOT NULL
);
INSERT INTO industry (code, name, position) VALUES
    ('A', '农、林、牧、渔业', 1),
    ('B', '采矿业', 2),
    ('C', '制造业', 3),
    ('D', '电力、热力、燃气及水生产和供应业', 4),
    ('E', '建筑业', 5),
    ('F', '批发和零售业', 6),
    ('G', '交通运输、仓储和邮政业', 7),
    ('H', '住宿和餐饮业', 8),
    ('I', '信息传输、软件和信息技术服务业', 9),
    ('J', '金融业', 10),
    ('K', '房地产业', 11),
    ('L', '租赁和商务服务业', 12),
    ('M', '科学研究和技术服务业', 13),
    ('N', '水利、环境和公共设施管理业', 14),
    ('O', '居民服务、修理和其他服务业', 15),
    ('P', '教育', 16),
    ('Q', '卫生和社会工作', 17),
    ('R', '文化、体育和娱乐业', 18),
    ('S', '公共管理、社会保障和社会组织', 19),
    ('T', '国际组织', 20);

-- A key firm or project. officer_id is the current chief service officer (history in assignment);
-- last_visit_on and next_visit_due are kept by the application so that "overdue" is an index scan.
CREATE TABLE firm (
    id                   BIGINT       NOT NULL PRIMARY KEY,
    name                 VARCHAR(200) NOT NULL,
    credit_code          VARCHAR(18)  NOT NULL,
    industry_code        VARCHAR(10)  NOT NULL REFERENCES industry (code),
    size                 VARCHAR(10)  NOT NULL,
    district_id          BIGINT       NOT NULL REFERENCES unit (id),
    address              VARCHAR(200),
    contact_name         VARCHAR(50),
    contact_phone        VARCHAR(30),
    key_project          BOOLEAN      NOT NULL,
    parent_id            BIGINT       REFERENCES firm (id),
    visit_interval_days  INTEGER      NOT NULL,
    officer_id           BIGINT       REFERENCES account (id),
    officer_since        TIMESTAMP,
    last_visit_on        DATE,
    next_visit_due       DATE         NOT NULL,
    created_at           TIMESTAMP    NOT NULL,
    version              BIGINT       NOT NULL,
    CONSTRAINT firm_credit_code_unique UNIQUE (credit_code)
);
-- An officer's firms by name; coverage (no officer) and overdue lists; the matching criteria.
CREATE INDEX firm_officer_name_idx ON firm (officer_id, name);
CREATE INDEX firm_officer_due_idx ON firm (officer_id, next_visit_due);
CREATE INDEX firm_name_idx ON firm (name);
CREATE INDEX firm_district_idx ON firm (district_id, industry_code);
CREATE INDEX firm_industry_idx ON firm (industry_code, size);
CREATE INDEX firm_parent_idx ON firm (parent_id);

CREATE TABLE firm_tag (
    firm_id  BIGINT      NOT NULL REFERENCES firm (id),
    tag      VARCHAR(30) NOT NULL,
    PRIMARY KEY (firm_id, tag)
);
CREATE INDEX firm_tag_tag_idx ON firm_tag (tag, firm_id);

-- Who served a firm when, and why it changed; the open row (assigned_to NULL) is the current one.
CREATE TABLE assignment (
    id             BIGINT       NOT NULL PRIMARY KEY,
    firm_id        BIGINT       NOT NULL REFERENCES firm (id),
    officer_id     BIGINT       NOT NULL REFERENCES account (id),
    assigned_from  TIMESTAMP    NOT NULL,
    assigned_to    TIMESTAMP,
    reason         VARCHAR(500),
    assigned_by    VARCHAR(50)  NOT NULL
);
CREATE INDEX assignment_firm_idx ON assignment (firm_id, assigned_from);

CREATE TABLE visit (
    id               BIGINT        NOT NULL PRIMARY KEY,
    firm_id          BIGINT        NOT NULL REFERENCES firm (id),
    officer_id       BIGINT        NOT NULL REFERENCES account (id),
    status           VARCHAR(20)   NOT NULL,
    visit_date       DATE          NOT NULL,
    people_met       VARCHAR(500),
    summary          VARCHAR(4000),
    not_held_reason  VARCHAR(500),
    created_at       TIMESTAMP     NOT NULL,
    version          BIGINT        NOT NULL
);
CREATE INDEX visit_firm_date_idx ON visit (firm_id, visit_date);
CREATE INDEX visit_officer_status_idx ON visit (officer_id, status, visit_date);

-- The cases a held visit raised (one per problem), recorded through case tracking's intake.
CREATE TABLE visit_case (
    visit_id         BIGINT       NOT NULL REFERENCES visit (id),
    position         INTEGER      NOT NULL,
    case_id          BIGINT       NOT NULL,
    tracking_number  VARCHAR(20)  NOT NULL,
    title            VARCHAR(200) NOT NULL,
    PRIMARY KEY (visit_id, position)
);

CREATE TABLE policy (
    id                    BIGINT         NOT NULL PRIMARY KEY,
    title                 VARCHAR(200)   NOT NULL,
    issuer                VARCHAR(100)   NOT NULL,
    document_number       VARCHAR(100),
    effective_on          DATE           NOT NULL,
    expires_on            DATE,
    application_deadline  DATE,
    summary               VARCHAR(2000),
    full_text             VARCHAR(50000),
    application_free      BOOLEAN        NOT NULL,
    key_projects_only     BOOLEAN        NOT NULL,
    pushed_at             TIMESTAMP,
    pushed_by             VARCHAR(50),
    created_at            TIMESTAMP      NOT NULL,
    version               BIGINT         NOT NULL
);
CREATE INDEX policy_effective_idx ON policy (effective_on);

-- The policy's target rule; an empty criterion means "any".
CREATE TABLE policy_industry (
    policy_id      BIGINT      NOT NULL REFERENCES policy (id),
    industry_code  VARCHAR(10) NOT NULL REFERENCES industry (code),
    PRIMARY KEY (policy_id, industry_code)
);
CREATE TABLE policy_size (
    policy_id  BIGINT      NOT NULL REFERENCES policy (id),
    size       VARCHAR(10) NOT NULL,
    PRIMARY KEY (policy_id, size)
);
CREATE TABLE policy_district (
    policy_id    BIGINT NOT NULL REFERENCES policy (id),
    district_id  BIGINT NOT NULL REFERENCES unit (id),
    PRIMARY KEY (policy_id, district_id)
);
CREATE TABLE policy_tag (
    policy_id  BIGINT      NOT NULL REFERENCES policy (id),
    tag        VARCHAR(30) NOT NULL,
    PRIMARY KEY (policy_id, tag)
);

-- One pushed policy with one firm; each step's day is a column so that reach and take-up are counts.
CREATE TABLE delivery (
    id               BIGINT       NOT NULL PRIMARY KEY,
    policy_id        BIGINT       NOT NULL REFERENCES policy (id),
    firm_id          BIGINT       NOT NULL REFERENCES firm (id),
    state            VARCHAR(20)  NOT NULL,
    pushed_on        DATE         NOT NULL,
    delivered_on     DATE,
    acknowledged_on  DATE,
    applied_on       DATE,
    redeemed_on      DATE,
    changed_by       VARCHAR(50),
    version          BIGINT       NOT NULL,
    CONSTRAINT delivery_policy_firm_unique UNIQUE (policy_id, firm_id)
);
CREATE INDEX delivery_firm_idx ON delivery (firm_id, state);
CREATE INDEX delivery_state_idx ON delivery (state, pushed_on);
