// Rollup config for a component library.
import resolve from "@rollup/plugin-node-resolve";
import terser from "@rollup/plugin-terser";

const banner = "/*! widgets v3 | MIT */";

export default {
  input: "src/index.js",
  output: [
    { file: "dist/widgets.mjs", format: "es", banner, sourcemap: true },
    { file: "dist/widgets.cjs", format: "cjs", banner, sourcemap: true, format: "umd" },  // expect: duplicate-object-key
  ],
  external: ["react", "react-dom"],
  plugins: [resolve(), terser()],
  treeshake: {
    moduleSideEffects: false,
    propertyReadSideEffects: false,
    moduleSideEffects: "no-external",  // expect: duplicate-object-key
  },
};
