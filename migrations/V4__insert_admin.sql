-- The blog API's 20230817223154_insert_admin.
--
-- The admin user comes from ADMIN_EMAIL / ADMIN_PASSWORD / ADMIN_NAME. Its
-- password hash holds a random salt, and refinery checksums migration text,
-- so the admin is not written here: `blogctl migrate` creates it with the
-- same code as `blogctl seed` (src/admin.rs) right before recording this
-- version. This statement only checks that the users table is in place.
SELECT 1 FROM users LIMIT 0;
