# frozen_string_literal: true

require "sidekiq"

# Builds previews for user uploads; the original file name is kept from the upload form.
class PreviewJob
  include Sidekiq::Job
  sidekiq_options queue: :media, retry: 3

  STORAGE = "/srv/uploads"

  def perform(upload_id)
    upload = Upload.find(upload_id)
    source = File.join(STORAGE, upload.original_filename)
    preview = File.join(STORAGE, "previews", "#{upload.id}.webp")

    ok = system("convert '#{source}'[0] -thumbnail 480x480 #{preview}") # expect: command-injection
    raise "convert failed for upload #{upload.id}" unless ok

    meta = `exiftool -json "#{source}"` # expect: command-injection
    upload.update!(preview_path: preview, exif: JSON.parse(meta).first)
  end
end
