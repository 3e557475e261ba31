# quiz.rb - command-line flash-card quiz for the vocabulary course
require "yaml"

cards = YAML.safe_load(File.read(ARGV.fetch(0, "cards.yml")))
seed = ENV["QUIZ_SEED"]&.to_i || Random.new_seed
rng = Random.new(seed)

deck = cards.shuffle(random: rng).first(20)
score = 0

deck.each_with_index do |card, i|
  distractors = (cards - [card]).sample(3, random: rng).map { |c| c["answer"] }
  options = (distractors + [card["answer"]]).shuffle(random: rng)
  puts "#{i + 1}. #{card['question']}"
  options.each_with_index { |o, j| puts "   #{(97 + j).chr}) #{o}" }
  pick = $stdin.gets.to_s.strip
  next if pick.empty?
  score += 1 if options[pick.ord - 97] == card["answer"]
  sleep(rand(0.2..0.6))
end

puts "Score: #{score}/#{deck.size} (seed #{seed})"
