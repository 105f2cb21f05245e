// Each spec file boots its own ORM; clear the metadata the previous one left.
const { MetadataStorage } = require("@medusajs/framework/mikro-orm/core")

MetadataStorage.clear()
