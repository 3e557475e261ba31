from errbot import BotPlugin, botcmd
from saxonche import PySaxonProcessor

CATALOG = "/srv/library/catalog.xml"


class Library(BotPlugin):
    def activate(self):
        super().activate()
        self.proc = PySaxonProcessor(license=False)
        self.doc = self.proc.parse_xml(xml_file_name=CATALOG)

    def titles_by(self, author):
        xpath = self.proc.new_xpath_processor()
        xpath.set_context(xdm_item=self.doc)
        xpath.declare_variable("author")
        xpath.set_parameter("author", self.proc.make_string_value(author))
        return xpath.evaluate("//book[author = $author]/title/string()")

    @botcmd
    def books_by(self, msg, args):
        found = self.titles_by(args.strip())
        if found is None or found.size == 0:
            return "nothing on the shelf"
        return "\n".join(found.item_at(i).get_string_value() for i in range(found.size))
