# lib/tasks/media.rake
require "shellwords"

namespace :media do
  desc "Re-encode the videos of one course: rake media:encode[course-slug,720]"
  task :encode, [:course, :height] => :environment do |_t, args|
    course = Course.find_by!(slug: args[:course])
    height = Integer(args[:height] || 720)

    course.videos.find_each do |video|
      input = video.file_path
      output = input.sub(/\.\w+\z/, "_#{height}p.mp4")
      ok = system("ffmpeg", "-y", "-i", input, "-vf", "scale=-2:#{height}", output)
      puts "#{video.title}: #{ok ? 'done' : 'FAILED'}"
    end
  end

  desc "Show disk usage of a course folder"
  task :du, [:folder] do |_t, args|
    folder = File.join("public/media", File.basename(args[:folder].to_s))
    puts %x(du -sh #{Shellwords.escape(folder)})
  end

  desc "Disk usage of the whole media folder"
  task :du_all do
    puts `du -sh public/media`
  end
end
