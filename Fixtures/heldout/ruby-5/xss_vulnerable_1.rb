# frozen_string_literal: true

module Views
  module Search
    # Phlex component rendering one search hit with the query highlighted.
    class Hit < Phlex::HTML
      def initialize(post:, query:)
        @post = post
        @query = query
      end

      def view_template
        article(class: "hit") do
          h3 { a(href: "/posts/#{@post.id}") { @post.title } }
          p(class: "excerpt") { unsafe_raw(highlighted_excerpt) } # expect: xss
          footer do
            unsafe_raw("Posted by <b>#{@post.author.display_name}</b>") # expect: xss
          end
        end
      end

      private

      def highlighted_excerpt
        excerpt = @post.body.to_s[0, 240]
        excerpt.gsub(@query, "<mark>#{@query}</mark>")
      end
    end
  end
end
