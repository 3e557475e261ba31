import json
import logging

import apache_beam as beam
from apache_beam.options.pipeline_options import PipelineOptions

log = logging.getLogger(__name__)


class ParseReading(beam.DoFn):
    def process(self, line):
        record = json.loads(line)
        yield record


class ValidateReading(beam.DoFn):
    def __init__(self, max_celsius):
        self.max_celsius = max_celsius

    def process(self, record):
        celsius = record["celsius"]
        assert celsius <= self.max_celsius, ("impossible value", record["sensor"])
        bounds = (celsius, self.max_celsius)
        assert bounds[0] <= bounds[1]
        record["fahrenheit"] = celsius * 9 / 5 + 32
        yield record


def run(argv=None):
    options = PipelineOptions(argv)
    with beam.Pipeline(options=options) as pipeline:
        (
            pipeline
            | "Read" >> beam.io.ReadFromText("gs://greenhouse/readings/*.jsonl")
            | "Parse" >> beam.ParDo(ParseReading())
            | "Validate" >> beam.ParDo(ValidateReading(max_celsius=60))
            | "Format" >> beam.Map(json.dumps)
            | "Write" >> beam.io.WriteToText("gs://greenhouse/clean/readings")
        )
    log.info("pipeline finished")


if __name__ == "__main__":
    run()
