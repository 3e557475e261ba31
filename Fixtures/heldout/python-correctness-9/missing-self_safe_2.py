from qgis.core import (
    QgsFeatureSink,
    QgsProcessingAlgorithm,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
)


class BufferSmallParcels(QgsProcessingAlgorithm):
    INPUT = "INPUT"
    MAX_AREA = "MAX_AREA"
    OUTPUT = "OUTPUT"

    def name(self):
        return "buffersmallparcels"

    def displayName(self):
        return "Buffer small parcels"

    def createInstance(self):
        return BufferSmallParcels()

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(self.INPUT, "Parcels"))
        self.addParameter(QgsProcessingParameterNumber(self.MAX_AREA, "Largest area", defaultValue=500.0))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, "Buffered"))

    @staticmethod
    def buffer_distance(area):
        return 2.0 if area < 100 else 1.0

    def processAlgorithm(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, self.INPUT, context)
        max_area = self.parameterAsDouble(parameters, self.MAX_AREA, context)
        sink, dest_id = self.parameterAsSink(
            parameters, self.OUTPUT, context, source.fields(), source.wkbType(), source.sourceCrs()
        )
        for feature in source.getFeatures():
            area = feature.geometry().area()
            if area <= max_area:
                feature.setGeometry(feature.geometry().buffer(self.buffer_distance(area), 8))
            sink.addFeature(feature, QgsFeatureSink.FastInsert)
        return {self.OUTPUT: dest_id}
