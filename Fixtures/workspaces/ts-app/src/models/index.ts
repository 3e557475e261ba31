export { Cart } from "./cart";
export * from "./pricing";
