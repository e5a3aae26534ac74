"""Processing algorithm buurtkijker:vulnerabilitynuisance: Aedes-style vulnerability x nuisance map (3 x 3)."""

from qgis.core import (QgsProcessing, QgsProcessingException, QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterFileDestination)

import pandas as pd

from ..core import bivariate, change, indices, join_sources
from ..core.errors import BuurtKijkerError
from ..qgis_io import files, layers, results
from ..qgis_io.i18n import error_text, tr
from .buurt_layer import BuurtLayerAlgorithm, choice


class VulnerabilityNuisanceAlgorithm(BuurtLayerAlgorithm):
    BEFORE, LIST = "BEFORE", "LIST"

    def name(self):
        return "vulnerabilitynuisance"

    def displayName(self):  # noqa: N802
        return tr("Vulnerability x nuisance (3 x 3 map)")

    def help_text(self):  # escaped into HTML by the base class, so <theme> survives
        return tr("Where vulnerable residents concentrate and where this coincides with (an increase of) nuisance "
                  "and unsafety, after Aedes' Veerkrachtkaarten. Vulnerability (bk_kwetsbaarheid, higher = more "
                  "vulnerable): low income, difficulty making ends meet, benefits, anxiety/depression risk, "
                  "loneliness, health limits (join the RIVM Gezondheidsmonitor in SOURCES). Nuisance "
                  "(bk_overlast, higher = more): the Leefbaarometer's onv when joined, else crimes per 1000 "
                  "(shrunk). Terciles against the reference; bk_bivariaat = 3 x (vulnerability tercile - 1) + "
                  "nuisance tercile. BEFORE (optional): an earlier year; the second axis is then the increase of "
                  "nuisance and bk_aandacht marks high vulnerability with a real increase. LIST: CSV of the "
                  "bk_aandacht buurten.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_input()
        self.add_gemeente()
        self.add_reference()
        self.add_sources()
        self.add_input(tr("Earlier year for the increase of nuisance (optional)"),
                       [QgsProcessing.SourceType.TypeVector], self.BEFORE, optional=True)
        self.add_language()
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Vulnerability x nuisance")))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.LIST, tr("List of high vulnerability and rising nuisance (CSV)"), "CSV (*.csv)", optional=True))

    @staticmethod
    def stage_list(path, attention):
        """The LIST written into its staging folder (not yet in place); an unwritable LIST fails here, before
        OUTPUT is written."""
        try:
            listing = files.Staging(path)
        except BuurtKijkerError as exc:
            raise QgsProcessingException(error_text(exc))
        try:
            attention.to_csv(str(listing.path), index=False, sep=";")
        except (OSError, ValueError) as exc:
            listing.discard()
            raise QgsProcessingException(error_text(files.write_error(path, files.reason_of(exc))))
        return listing

    def options(self, parameters, context):
        return indices.Options(reference=choice(self.choice(parameters, self.REFERENCE, context, "selection"),
                                                indices.REFERENCES, "REFERENCE"))

    def prepareAlgorithm(self, parameters, context, feedback):  # noqa: N802
        """On the main thread, as computeindices: both layers' sources, the extra sources that are project layers,
        the LIST path and every parameter, so that the worker only reads feature sources, computes and writes."""
        layer = self.parameterAsVectorLayer(parameters, self.INPUT, context)
        before_layer = self.parameterAsVectorLayer(parameters, self.BEFORE, context)
        for item in (layer, before_layer):
            layers.use_file_encoding(item)
        self.prepare_values({
            "options": lambda: self.options(parameters, context),
            "gemeente": lambda: self.parameterAsString(parameters, self.GEMEENTE, context),
            "years_text": lambda: self.parameterAsString(parameters, self.YEARS, context),
            "sources": lambda: self.extra_sources(parameters, context, []),
            "list": lambda: self.parameterAsFileOutput(parameters, self.LIST, context),
            "language": lambda: self.language(parameters, context)})
        # (prepare_values starts a fresh record: the sources and paths go in after it)
        self._prepared["source"] = self.parameterAsSource(parameters, self.INPUT, context)
        self._prepared["before_source"] = self.parameterAsSource(parameters, self.BEFORE, context)
        try:  # other years' buurtgrenzen (BOUNDARIES) are project layers too
            self._prepared["boundaries"] = self.boundaries(parameters, context, self._prepared["source"].sourceCrs())
        except Exception:  # noqa: BLE001 - raised again, with its message, when the worker asks
            self._deferred.append("boundaries")
        self._prepared["input_path"] = self.input_path(layer)
        self._prepared["other_paths"] = [self.input_path(before_layer)]
        return True

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        if getattr(self, "_prepared", None) is None:  # run without prepare (never by Processing itself)
            self.prepareAlgorithm(parameters, context, feedback)
        source = self._prepared["source"]
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        self.refuse_overwriting_input(parameters, context)
        language = self.cached("language", lambda: self.language(parameters, context))
        try:
            options = self.cached("options", lambda: self.options(parameters, context))
            gemeente = self.cached("gemeente", lambda: self.parameterAsString(parameters, self.GEMEENTE, context))
            table, mask, geometries, codes = layers.load_table(source, gemeente, options.reference,
                                                               with_geometry=True, feedback=feedback)
            table = self.join_sources(table, mask, parameters, context, feedback, [])
            feedback.setProgress(40)
            nuisance_change = None
            before_src = self._prepared["before_source"]
            if before_src is not None:
                before, mask_b, _, _ = layers.load_table(before_src, gemeente, options.reference)
                lbm = table.values("lbm_onv")
                theme = bivariate.NUISANCE_LBM if lbm is not None and lbm.notna().any() and \
                    before.values("lbm_onv") is not None else bivariate.NUISANCE_CRIME
                nuisance_change = change.compute_change(before, table, [theme], options, mask_b, mask)
                feedback.pushInfo(tr("{} buurten compared (same code in both years).").format(
                    nuisance_change.matched))
            result = bivariate.compute(table, options, mask, nuisance_change)
        except BuurtKijkerError as exc:
            raise QgsProcessingException(error_text(exc))
        feedback.setProgress(70)
        frame = pd.concat([self.id_frame(table, result.frame.index), result.frame], axis=1)
        used = ["inwoners"] + [i.indicator for t in (bivariate.VULNERABILITY, bivariate.NUISANCE_CRIME,
                                                     bivariate.NUISANCE_LBM) for i in t.indicators
                               if table.values(i.indicator) is not None]
        rows = table.data.index.get_indexer(frame.index)
        frame[results.SOURCES_FIELD] = join_sources.sources_text(table, used, rows)
        fields = results.fields_for(frame)
        path = self.cached("list", lambda: self.parameterAsFileOutput(parameters, self.LIST, context))
        listing = self.stage_list(path, bivariate.attention_table(table, result, language)) if path else None
        try:  # OUTPUT and LIST commit together: the list is written (staged) first, moved into place last
            dest_id = self.write_result(frame, fields, parameters, context, feedback, None,
                                        (source.wkbType(), source.sourceCrs()),
                                        dict(zip(table.data.index, geometries)))
            if listing is not None:
                listing.commit()
        except BuurtKijkerError as exc:
            raise QgsProcessingException(error_text(exc))
        finally:
            if listing is not None:
                listing.discard()
        outputs = {self.OUTPUT: dest_id, "ATTENTION": ",".join(result.attention), "RISING": result.rising,
                   "NUISANCE": result.nuisance_source, "GEMEENTEN": ",".join(codes or [])}
        if path:
            outputs[self.LIST] = path
        feedback.pushInfo(tr("{} buurten with high vulnerability and {} nuisance.").format(
            len(result.attention), tr("rising") if result.rising else tr("high")))
        feedback.setProgress(100)
        return outputs
