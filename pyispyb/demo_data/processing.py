# SPDX-License-Identifier: LGPL-3.0-or-later
"""Autoprocessing results of the generated data collections."""

from datetime import timedelta

from pyispyb.demo_data import values as v


class Processing:
    """Autoprocessing results of rotation data collections (program, integration, scaling, statistics)."""

    def __init__(self, writer, rng):
        self.w, self.rng = writer, rng
        self.next_id = 0
        self.rows = {
            name: []
            for name in (
                "AutoProcProgram",
                "AutoProcIntegration",
                "AutoProc",
                "AutoProcScaling",
                "AutoProcScaling_has_Int",
                "AutoProcScalingStatistics",
                "AutoProcProgramAttachment",
                "AutoProcStatus",
            )
        }
        self.stat_id = 0
        self.attachment_id = 0

    def add(self, dc_id, collection):
        """Add one to three processing results for a collection."""
        rng = self.rng
        for program in rng.sample(v.PROCESSING_PROGRAMS, rng.randint(1, 2)):
            self.next_id += 1
            key = self.next_id
            start = collection["endTime"] + timedelta(minutes=1)
            ok = rng.random() < 0.9
            group = rng.choice(v.SPACE_GROUPS)
            cell = [round(rng.uniform(30, 180), 2) for _ in range(3)]
            res = round(collection["resolution"] + rng.uniform(0, 0.6), 2)
            self.rows["AutoProcProgram"].append(
                {
                    "autoProcProgramId": key,
                    "processingPrograms": program,
                    "processingStatus": 1 if ok else 0,
                    "processingStartTime": start,
                    "processingEndTime": start + timedelta(minutes=rng.randint(2, 30)),
                    "processingCommandLine": f"{program.split()[0]} image={collection['imageDirectory']}",
                }
            )
            self.rows["AutoProcIntegration"].append(
                {
                    "autoProcIntegrationId": key,
                    "dataCollectionId": dc_id,
                    "autoProcProgramId": key,
                    "startImageNumber": 1,
                    "endImageNumber": collection["numberOfImages"],
                    "anomalous": int(rng.random() < 0.3),
                    "cell_a": cell[0],
                    "cell_b": cell[1],
                    "cell_c": cell[2],
                    "cell_alpha": 90,
                    "cell_beta": 90,
                    "cell_gamma": 90,
                }
            )
            self.rows["AutoProcStatus"].append(
                {
                    "autoProcStatusId": key,
                    "autoProcIntegrationId": key,
                    "step": "Indexing",
                    "status": "Successful" if ok else "Failed",
                    "bltimeStamp": start,
                }
            )
            if not ok:
                continue
            self.rows["AutoProc"].append(
                {
                    "autoProcId": key,
                    "autoProcProgramId": key,
                    "spaceGroup": group,
                    "refinedCell_a": cell[0],
                    "refinedCell_b": cell[1],
                    "refinedCell_c": cell[2],
                    "refinedCell_alpha": 90,
                    "refinedCell_beta": 90,
                    "refinedCell_gamma": 90,
                }
            )
            self.rows["AutoProcScaling"].append({"autoProcScalingId": key, "autoProcId": key})
            self.rows["AutoProcScaling_has_Int"].append(
                {"autoProcScaling_has_IntId": key, "autoProcScalingId": key, "autoProcIntegrationId": key}
            )
            for shell, low, high, factor in (
                ("overall", 50.0, res, 1.0),
                ("innerShell", 50.0, round(res * 2.8, 2), 0.4),
                ("outerShell", round(res * 1.05, 2), res, 3.5),
            ):
                self.stat_id += 1
                self.rows["AutoProcScalingStatistics"].append(
                    {
                        "autoProcScalingStatisticsId": self.stat_id,
                        "autoProcScalingId": key,
                        "scalingStatisticsType": shell,
                        "resolutionLimitLow": low,
                        "resolutionLimitHigh": high,
                        "rMerge": round(rng.uniform(0.03, 0.12) * factor, 3),
                        "completeness": round(
                            min(100.0, rng.uniform(92, 100) - (5 if shell == "outerShell" else 0)), 1
                        ),
                        "multiplicity": round(rng.uniform(3, 13), 1),
                        "meanIOverSigI": round(rng.uniform(8, 25) / factor, 1),
                        "ccHalf": round(
                            rng.uniform(0.95, 0.999) if shell != "outerShell" else rng.uniform(0.3, 0.8), 3
                        ),
                        "nTotalObservations": rng.randint(50_000, 900_000),
                        "nTotalUniqueObservations": rng.randint(10_000, 90_000),
                        "anomalous": 0,
                    }
                )
            for file_type, name in (("Log", f"{program.split()[0]}.log"), ("Result", "scaled.mtz")):
                self.attachment_id += 1
                self.rows["AutoProcProgramAttachment"].append(
                    {
                        "autoProcProgramAttachmentId": self.attachment_id,
                        "autoProcProgramId": key,
                        "fileType": file_type,
                        "fileName": name,
                        "filePath": f"{collection['imageDirectory']}processed/{program.split()[0]}/",
                    }
                )

    def flush(self):
        """Write and forget the rows gathered so far."""
        for name, rows in self.rows.items():
            if rows:
                self.w.write(name, rows)
            self.rows[name] = []
