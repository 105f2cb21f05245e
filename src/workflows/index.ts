export * from "./distribution"
