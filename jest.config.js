const { existsSync } = require("node:fs")
const path = require("node:path")

// Medusa's loadEnv reads .env.test and .env; loading @medusajs/framework/utils
// for it costs every jest run ~3 s of CPU, so only when there is one to read.
if ([".env.test", ".env"].some((file) => existsSync(path.join(process.cwd(), file)))) {
  require("@medusajs/framework/utils").loadEnv("test", process.cwd())
}

const TEST_MATCH = {
  unit: ["**/src/**/__tests__/**/*.unit.spec.[jt]s"],
  "integration:modules": ["**/src/modules/*/__tests__/**/*.spec.[jt]s"],
  "integration:http": ["**/integration-tests/http/**/*.spec.[jt]s"],
}

const testType = process.env.TEST_TYPE || "unit"

module.exports = {
  transform: {
    "^.+\\.[jt]sx?$": [
      "@swc/jest",
      { jsc: { parser: { syntax: "typescript", decorators: true, tsx: true } } },
    ],
  },
  // jest's node environment; failing axios calls are reported as plain errors
  // with the request and the answer (see the file).
  testEnvironment: path.join(__dirname, "integration-tests", "helpers", "test-environment.js"),
  moduleFileExtensions: ["js", "ts", "tsx", "json"],
  modulePathIgnorePatterns: ["dist/", "<rootDir>/.medusa/"],
  setupFiles: ["./integration-tests/setup.js"],
  testMatch: TEST_MATCH[testType],
  testPathIgnorePatterns:
    testType === "integration:modules" ? ["\\.unit\\.spec\\.[jt]s$"] : [],
}
