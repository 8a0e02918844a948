-- 走访定位: where the officer checked in from the browser, optional. The accuracy is the radius in
-- metres the browser reported, so that a reader can tell a street address from a district.
ALTER TABLE visit ADD COLUMN latitude NUMERIC(9, 6);
ALTER TABLE visit ADD COLUMN longitude NUMERIC(9, 6);
ALTER TABLE visit ADD COLUMN location_accuracy_m INTEGER;
ALTER TABLE visit ADD COLUMN located_at TIMESTAMP;
