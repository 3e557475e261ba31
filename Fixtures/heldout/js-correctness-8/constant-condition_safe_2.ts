import type { API, AccessoryPlugin, CharacteristicValue, Logging, Service } from 'homebridge';

export class GarageLight implements AccessoryPlugin {
  private readonly service: Service;
  private state = 'off';

  constructor(private readonly log: Logging, private readonly config: { name: string; url: string }, api: API) {
    this.service = new api.hap.Service.Lightbulb(config.name);
    this.service
      .getCharacteristic(api.hap.Characteristic.On)
      .onGet(() => this.isOn())
      .onSet((value: CharacteristicValue) => this.setOn(Boolean(value)));
  }

  private isOn(): boolean {
    return this.state === 'on' || this.state === 'ON';
  }

  private async setOn(on: boolean): Promise<void> {
    const response = await fetch(`${this.config.url}/relay`, { method: 'POST', body: on ? '1' : '0' });
    this.state = on ? 'on' : 'off';
    this.log.info(`garage light ${this.state} (${response.status})`);
  }

  getServices(): Service[] {
    return [this.service];
  }
}
