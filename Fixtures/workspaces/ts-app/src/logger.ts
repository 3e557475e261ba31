export default class Logger {
//                   ^def Logger
  log(message: string): void {
    console.log(message);
  }
}
