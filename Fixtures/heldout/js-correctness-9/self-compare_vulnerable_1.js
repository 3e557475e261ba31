const Alexa = require('ask-sdk-core');

const PlantWateredIntentHandler = {
  canHandle(handlerInput) {
    return Alexa.getRequestType(handlerInput.requestEnvelope) === 'IntentRequest'
      && Alexa.getIntentName(handlerInput.requestEnvelope) === 'PlantWateredIntent';
  },
  async handle(handlerInput) {
    const manager = handlerInput.attributesManager;
    const attributes = (await manager.getPersistentAttributes()) || {};
    const plant = Alexa.getSlotValue(handlerInput.requestEnvelope, 'plant') || 'the plants';
    const log = attributes.log || [];
    const previous = log.find((entry) => entry.plant === entry.plant); // expect: self-compare
    log.push({ plant, at: new Date().toISOString() });
    manager.setPersistentAttributes({ ...attributes, log });
    await manager.savePersistentAttributes();
    const speech = previous ? `Noted. ${plant} was last watered ${new Date(previous.at).toDateString()}.` : `Noted, ${plant} watered.`;
    return handlerInput.responseBuilder.speak(speech).getResponse();
  },
};

const WhenIntentHandler = {
  canHandle(handlerInput) {
    const intent = Alexa.getIntentName(handlerInput.requestEnvelope);
    return intent === 'WhenWateredIntent' && intent === intent; // expect: self-compare
  },
  async handle(handlerInput) {
    const attributes = (await handlerInput.attributesManager.getPersistentAttributes()) || {};
    const last = (attributes.log || []).at(-1);
    const speech = last ? `${last.plant} was watered on ${new Date(last.at).toDateString()}.` : 'Nothing has been watered yet.';
    return handlerInput.responseBuilder.speak(speech).getResponse();
  },
};

exports.handler = Alexa.SkillBuilders.custom()
  .addRequestHandlers(PlantWateredIntentHandler, WhenIntentHandler)
  .lambda();
