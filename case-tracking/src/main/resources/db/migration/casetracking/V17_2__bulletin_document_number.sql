-- An approved bulletin is an official document (公文) with its number (发文字号), e.g. 〔2026〕3号:
-- numbered from 1 within the year of approval. The unique constraint keeps two leaders approving at
-- the same moment from giving one number twice.
ALTER TABLE bulletin ADD COLUMN document_year INTEGER;
ALTER TABLE bulletin ADD COLUMN document_number INTEGER;
ALTER TABLE bulletin ADD CONSTRAINT bulletin_document_number_once UNIQUE (document_year, document_number);
