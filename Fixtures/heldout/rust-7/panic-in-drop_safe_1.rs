//! A relay on the greenhouse controller's GPIO header; dropping the guard switches the heater off.
use rppal::gpio::{Gpio, OutputPin};

pub struct HeaterRelay {
    pin: OutputPin,
    label: &'static str,
}

impl HeaterRelay {
    pub fn energise(gpio: &Gpio, bcm: u8, label: &'static str) -> rppal::gpio::Result<Self> {
        let mut pin = gpio.get(bcm)?.into_output_low();
        pin.set_reset_on_drop(false);
        pin.set_high();
        assert!(pin.is_set_high(), "relay {label} did not energise");
        Ok(HeaterRelay { pin, label })
    }

    pub fn is_on(&self) -> bool {
        self.pin.is_set_high()
    }
}

impl Drop for HeaterRelay {
    fn drop(&mut self) {
        self.pin.set_low();
        if self.pin.is_set_high() {
            log::error!("relay {} still energised after release", self.label);
        }
    }
}
