require "json"
require "shoryuken"

# Shoryuken worker: resumes long imports from a checkpoint another service stored in the message.
class ImportResumeWorker
  include Shoryuken::Worker
  shoryuken_options queue: "import-resume", auto_delete: true

  def perform(_sqs_msg, body)
    checkpoint = restore_checkpoint(body)
    Importer.new(checkpoint.fetch(:batch_id)).resume(from: checkpoint.fetch(:offset))
  end

  private

  def restore_checkpoint(body)
    data = JSON.parse(body, max_nesting: 4)
    { batch_id: Integer(data.fetch("batch_id")), offset: Integer(data.fetch("offset")) }
  end
end
