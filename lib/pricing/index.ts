export { percentOfCents } from "./round";
