/**
 * Hostile strings for the API: SQL and full-text-query injection, and path traversal. Every
 * injection payload carries the marker "zqxj", a word no stored article contains, so a filter
 * that really filters returns nothing; an injection that escapes into SQL returns rows.
 */

/** SQL (SQLite and PostgreSQL dialects) and FTS5 / tsquery injection attempts. */
export const INJECTIONS: readonly string[] = [
  "zqxj' OR '1'='1",
  "zqxj' OR 1=1 --",
  "zqxj\" OR \"\"=\"",
  "zqxj'; DROP TABLE articles; --",
  "zqxj'); DROP TABLE events; --",
  "zqxj') OR ('a'='a",
  "zqxj' UNION SELECT sql, sql, sql FROM sqlite_master --",
  "zqxj' UNION SELECT NULL, NULL, NULL, NULL --",
  "zqxj' UNION SELECT table_name FROM information_schema.tables --",
  "zqxj%' OR '%'='",
  "zqxj\\' OR 1=1 #",
  "zqxj' AND 1=CAST((SELECT version()) AS int) --",
  "zqxj'; SELECT pg_sleep(5); --",
  "zqxj' OR randomblob(1000000000) --",
  "zqxj' || (SELECT group_concat(name) FROM sqlite_master) || '",
  "zqxj'; ATTACH DATABASE '/tmp/dyad-pwned.db' AS pwned; --",
  "zqxj'; COPY (SELECT 1) TO PROGRAM 'touch /tmp/dyad-pwned'; --",
  "zqxj' /*",
  "zqxj */ OR 1=1 /*",
  "zqxj`; --",
  "zqxj $1 $2",
  "zqxj ? ?",
  "zqxj\u0000' OR 1=1 --",
  "zqxj\n' OR 1=1 --",
  "zqxj%00' OR 1=1 --",
  "zqxj OR Russia",
  "zqxj* OR said*",
  "zqxj NEAR(Russia Pakistan)",
  "zqxj\" OR \"Russia",
  "zqxj | Russia",
  "zqxj:* | !zqxj",
  "zqxj & !zqxj | said",
  "zqxj' AND 1=(SELECT COUNT(*) FROM events) --",
  "zqxj" + "'".repeat(150),
  "{\"$gt\": \"\"} zqxj",
  "zqxj' OR '' = '",
];

/** Requests that try to read files outside the served set. */
export const TRAVERSALS: readonly string[] = [
  "/../package.json",
  "/..%2fpackage.json",
  "/%2e%2e/package.json",
  "/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
  "/vendor/../../package.json",
  "/vendor/..%2f..%2fpackage.json",
  "/vendor/%2e%2e%2f%2e%2e%2fpackage.json",
  "/src/web/../../package.json",
  "/index.html/../../package.json",
  "/....//....//etc/passwd",
  "/%252e%252e%252fpackage.json",
  "/..\\..\\package.json",
  "/%5c..%5c..%5cpackage.json",
  "/etc/passwd",
  "//etc/passwd",
  "/node_modules/chart.js/package.json",
  "/vendor/chart.umd.min.js%00.html",
  "/v1/articles/..%2F..%2Fpackage.json",
  "/v1/articles/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
  "/v1/events/..%2F..%2F..%2Fetc%2Fpasswd",
  "/geo/../package.json",
  "/geo/..%2f..%2fpackage.json",
  "/.env",
  "/.git/config",
  "/src/coder.ts",
  "/package.json",
  "/dyad.db",
  "/app.js/..%2f..%2f..%2fpackage.json",
  "/%c0%ae%c0%ae/%c0%ae%c0%ae/package.json",
  "/file:///etc/passwd",
];

/** Text that must never appear in a response: file contents the traversals aim at. */
export const LEAK_MARKERS: readonly RegExp[] = [
  /root:.*:0:0:/, /"name":\s*"dyad"/, /\[core\]/, /createCoder/, /SQLite format 3/, /"devDependencies"/,
];
