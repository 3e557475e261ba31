# Flashcard drill for the language course: ruby drill.rb deck.txt [seed]
Card = Struct.new(:front, :back)

deck = File.readlines(ARGV.fetch(0), chomp: true).reject(&:empty?).map { |line| Card.new(*line.split(" | ", 2)) }
seed = ARGV[1] ? Integer(ARGV[1]) : Random.new_seed
rng = Random.new(seed)
puts "seed #{seed} (pass it again to repeat this order)"

score = 0
deck.shuffle(random: rng).first(10).each_with_index do |card, i|
  print "#{i + 1}. #{card.front} = "
  answer = $stdin.gets.to_s.strip
  if answer.casecmp?(card.back)
    score += 1
    puts ["Correct!", "Nice.", "Yes!"].sample(random: rng)
  else
    puts "No, it is #{card.back}"
  end
  sleep(rand(0.2..0.5))
end

puts "#{score}/10"
