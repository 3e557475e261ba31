# frozen_string_literal: true

require "iodine"
require "yaml"

# WebSocket endpoint for the level editor: clients push scene documents as YAML.
class SceneSocket
  def initialize(store)
    @store = store
  end

  def on_open(client)
    client.write({ type: "hello" }.to_json)
  end

  def on_message(client, data)
    scene = decode(data)
    @store.save(scene.fetch("name"), scene)
    client.write({ type: "saved", name: scene["name"] }.to_json)
  rescue KeyError, Psych::Exception => e
    client.write({ type: "error", message: e.message }.to_json)
  end

  private

  def decode(data)
    YAML.safe_load(data, permitted_classes: [], aliases: false)
  end
end
