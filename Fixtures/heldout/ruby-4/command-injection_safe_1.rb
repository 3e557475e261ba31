# frozen_string_literal: true

require "open3"
require "sidekiq"

# Builds previews for user uploads; files are stored under their upload id, the name is only shown.
class PreviewJob
  include Sidekiq::Job
  sidekiq_options queue: :media, retry: 3

  STORAGE = "/srv/uploads"

  def perform(upload_id)
    upload = Upload.find(upload_id)
    source = File.join(STORAGE, "originals", upload.id.to_s)
    preview = File.join(STORAGE, "previews", "#{upload.id}.webp")

    ok = system("convert", "#{source}[0]", "-thumbnail", "480x480", preview)
    raise "convert failed for upload #{upload.id}" unless ok

    meta, status = Open3.capture2("exiftool", "-json", "--", source)
    raise "exiftool failed for upload #{upload.id}" unless status.success?

    upload.update!(preview_path: preview, exif: JSON.parse(meta).first)
  end
end
