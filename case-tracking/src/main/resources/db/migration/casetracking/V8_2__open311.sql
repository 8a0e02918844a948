-- Open311 GeoReport v2: clients' API keys (only a hash of each key is kept; revoked keys stay for the
-- record) and what a request filed through the API adds to its case.
CREATE SEQUENCE open311_api_key_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE open311_api_key (
    id          BIGINT        NOT NULL PRIMARY KEY,
    name        VARCHAR(100)  NOT NULL,
    key_hash    VARCHAR(64)   NOT NULL UNIQUE,
    created_at  TIMESTAMP     NOT NULL,
    created_by  VARCHAR(50)   NOT NULL,
    revoked_at  TIMESTAMP,
    version     BIGINT        NOT NULL
);

CREATE SEQUENCE open311_request_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE open311_request (
    id              BIGINT         NOT NULL PRIMARY KEY,
    case_id         BIGINT         NOT NULL UNIQUE REFERENCES case_file (id),
    api_key_id      BIGINT         NOT NULL REFERENCES open311_api_key (id),
    service_code    VARCHAR(20)    NOT NULL,
    address_string  VARCHAR(300),
    lat             DECIMAL(10, 7),
    lng             DECIMAL(10, 7),
    email           VARCHAR(200),
    requester_name  VARCHAR(100),
    phone           VARCHAR(30),
    media_url       VARCHAR(500)
);
