# lib/tasks/media.rake
namespace :media do
  desc "Re-encode the videos of one course: rake media:encode[course-slug,720]"
  task :encode, [:course, :height] => :environment do |_t, args|
    course = Course.find_by!(slug: args[:course])
    height = args[:height] || "720"

    course.videos.find_each do |video|
      input = video.file_path
      output = input.sub(/\.\w+\z/, "_#{height}p.mp4")
      ok = system "ffmpeg -y -i #{input} -vf scale=-2:#{height} #{output}" # expect: command-injection
      puts "#{video.title}: #{ok ? 'done' : 'FAILED'}"
    end
  end

  desc "Show disk usage of a course folder"
  task :du, [:folder] do |_t, args|
    puts %x(du -sh public/media/#{args[:folder]}) # expect: command-injection
  end

  desc "Tail the encoder log of a host"
  task :tail, [:host] do |_t, args|
    IO.popen("ssh #{args[:host]} tail -n 50 /var/log/encoder.log") do |io| # expect: command-injection
      io.each_line { |l| puts l }
    end
  end
end
