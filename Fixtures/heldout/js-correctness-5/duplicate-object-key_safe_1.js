// Rollup config for a component library.
import resolve from "@rollup/plugin-node-resolve";
import terser from "@rollup/plugin-terser";

const banner = "/*! widgets v3 | MIT */";
const shared = { banner, sourcemap: true, format: "es" };

export default {
  input: "src/index.js",
  output: [
    { ...shared, file: "dist/widgets.mjs" },
    { ...shared, file: "dist/widgets.umd.js", format: "umd", name: "Widgets" },
  ],
  external: ["react", "react-dom"],
  plugins: [resolve(), terser()],
  treeshake: {
    moduleSideEffects: "no-external",
    propertyReadSideEffects: false,
  },
};
