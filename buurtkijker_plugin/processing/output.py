"""Feature sinks that either write the whole output or nothing.

A file output is written by QGIS into a temporary folder beside the target (:class:`qgis_io.files.Staging`), every
``addFeatures`` result is checked, Cancel is asked between batches, the finished file is read back and counted,
and only then moved into place. On failure or Cancel the temporary folder goes and an existing output stays as it
was. Memory and temporary outputs are written directly (nothing to protect), but checked the same way.
"""

import itertools

from qgis.core import (QgsFeatureRequest, QgsFeatureSink, QgsProcessingException, QgsProcessingOutputLayerDefinition,
                       QgsProperty, QgsVectorLayer)

from ..core.errors import BuurtKijkerError
from ..qgis_io import files
from ..qgis_io.i18n import error_text, tr

BATCH = 1000  # features per addFeatures call; Cancel is asked between batches


def cancelled_error():
    return QgsProcessingException(tr("Cancelled: nothing was written."))


def output_file(value):
    """The file path an output parameter value names, or None (memory, temporary output, database, ogr: URI)."""
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        value = value.sink.staticValue()
    if not isinstance(value, str) or not value.strip():
        return None
    value = value.strip()
    if value == "TEMPORARY_OUTPUT" or value.startswith(("memory:", "ogr:", "postgres:", "postgis:", "spatialite:")):
        return None
    return value if "|" not in value else None


class SafeSink:
    """``open`` a sink for ``parameters[name]``, ``write`` features, ``finish`` (or ``discard`` on any failure)."""

    def __init__(self, algorithm, parameters, name, context, feedback):
        self.algorithm, self.parameters, self.name = algorithm, parameters, name
        self.context, self.feedback = context, feedback
        self.sink = self.dest_id = self.staging = None
        self.count = 0
        self.target = output_file(parameters.get(name))

    def open(self, fields, wkb_type, crs=None):
        parameters = dict(self.parameters)
        if self.target is not None:
            try:
                files.refuse_open_geopackage(self.target, wait=files.COMMIT_WAIT)
                self.staging = files.Staging(self.target)
            except BuurtKijkerError as exc:
                raise QgsProcessingException(error_text(exc))
            parameters[self.name] = self._redirected(self.parameters.get(self.name), str(self.staging.path))
        args = (parameters, self.name, self.context, fields, wkb_type) + ((crs,) if crs is not None else ())
        try:
            self.sink, self.dest_id = self.algorithm.parameterAsSink(*args)
        except QgsProcessingException as exc:
            self.discard()
            raise QgsProcessingException(self._message(str(exc)))
        if self.sink is None:
            self.discard()
            raise QgsProcessingException(self.algorithm.invalidSinkError(self.parameters, self.name))
        return self

    @staticmethod
    def _redirected(value, path):
        if isinstance(value, QgsProcessingOutputLayerDefinition):
            copy = QgsProcessingOutputLayerDefinition(value)
            copy.sink = QgsProperty.fromValue(path)
            return copy
        return path

    def write(self, features):
        """Add ``features`` (any iterable, made lazily if it likes) in batches; Cancel or a refused feature ends the
        run with nothing written."""
        features = iter(features)
        while True:
            if self.feedback is not None and self.feedback.isCanceled():
                self.discard()
                raise cancelled_error()
            batch = list(itertools.islice(features, BATCH))
            if not batch:
                break
            if not self.sink.addFeatures(batch, QgsFeatureSink.Flag.FastInsert):
                reason = self.sink.lastError() if hasattr(self.sink, "lastError") else ""
                self.discard()
                raise QgsProcessingException(self._message(reason or tr("a feature was refused")))
            self.count += len(batch)

    def finish(self):
        """Close, check and move the output into place; returns the output id (the target path for files)."""
        if self.feedback is not None and self.feedback.isCanceled():
            self.discard()
            raise cancelled_error()
        self.sink = None  # closes the file writer
        if self.staging is None:
            return self.dest_id
        written = self._count(str(self.staging.path))
        if self.feedback is not None and self.feedback.isCanceled():
            self.discard()
            raise cancelled_error()
        if written != self.count:
            self.discard()
            raise QgsProcessingException(self._message(
                tr("{} of {} features could be read back").format(max(written, 0), self.count)))
        try:
            self.staging.commit()
        except BuurtKijkerError as exc:
            self.discard()
            raise QgsProcessingException(error_text(exc))
        self._load_final_path()
        return self.target

    def discard(self):
        self.sink = None
        if self.staging is not None:
            self.staging.discard()
            self._forget_layer()

    def _count(self, path):
        """Features in the written file, every one read (geometry too): a cut-off file reads short or not at all."""
        layer = QgsVectorLayer(path, "check", "ogr")
        if not layer.isValid():
            return -1
        count = 0
        for count, _ in enumerate(layer.getFeatures(QgsFeatureRequest().setSubsetOfAttributes([])), start=1):
            if count % BATCH == 0 and self.feedback is not None and self.feedback.isCanceled():
                break  # finish() sees Cancel next and writes nothing
        del layer
        return count

    def _forget_layer(self):
        layers = dict(self.context.layersToLoadOnCompletion())
        if self.dest_id in layers:
            del layers[self.dest_id]
            self.context.setLayersToLoadOnCompletion(layers)

    def _load_final_path(self):
        """The layer QGIS loads afterwards is the moved file, not the temporary one."""
        layers = dict(self.context.layersToLoadOnCompletion())
        details = layers.pop(self.dest_id, None)
        if details is not None:
            layers[self.target] = details
            self.context.setLayersToLoadOnCompletion(layers)

    def _message(self, reason):
        return error_text(files.write_error(self.target or self.parameters.get(self.name), reason))
