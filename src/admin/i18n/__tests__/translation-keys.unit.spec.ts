import en from "../json/en.json"
import zhCN from "../json/zh-CN.json"

type Tree = { [key: string]: string | Tree }

const keysOf = (tree: Tree, prefix = ""): string[] =>
  Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`)
  )

// Every visible string exists in both languages: a key missing in one shows
// the raw key (or English) to that language's merchants.
describe("admin translations", () => {
  it("have the same keys in English and Chinese", () => {
    expect(keysOf(zhCN as Tree).sort()).toEqual(keysOf(en as Tree).sort())
  })

  it("leave no string empty", () => {
    const empty = (tree: Tree) => keysOf(tree).filter((key) => !key.split(".").reduce<any>((node, part) => node[part], tree).trim())
    expect({ en: empty(en as Tree), zhCN: empty(zhCN as Tree) }).toEqual({ en: [], zhCN: [] })
  })
})
