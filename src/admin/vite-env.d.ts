// Injected by the Medusa admin bundler's Vite `define` when the dashboard is
// built; declared here so the project's tsc (CommonJS output, where
// `import.meta.env` is not allowed) type-checks the admin sources too.
declare const __BACKEND_URL__: string | undefined
