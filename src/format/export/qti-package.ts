// The files around a QTI assessment in the package Canvas imports: the IMS manifest that names
// them, and Canvas's own quiz settings (assessment_meta.xml), as text2qti writes them.
import { xmlText } from './markup-text.js';

/** imsmanifest.xml: the assessment `ID/ID.xml` and its settings `ID/assessment_meta.xml`. */
export function qtiManifest(id: string, date: Date): string {
	const day = date.toISOString().slice(0, 10);
	return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${id}_manifest" xmlns="http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1" xmlns:lom="http://ltsc.ieee.org/xsd/imsccv1p1/LOM/resource" xmlns:imsmd="http://www.imsglobal.org/xsd/imsmd_v1p2" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1 http://www.imsglobal.org/xsd/imscp_v1p1.xsd http://ltsc.ieee.org/xsd/imsccv1p1/LOM/resource http://www.imsglobal.org/profile/cc/ccv1p1/LOM/ccv1p1_lomresource_v1p0.xsd http://www.imsglobal.org/xsd/imsmd_v1p2 http://www.imsglobal.org/xsd/imsmd_v1p2p2.xsd">
  <metadata>
    <schema>IMS Content</schema>
    <schemaversion>1.1.3</schemaversion>
    <imsmd:lom>
      <imsmd:general><imsmd:title><imsmd:string>QTI assessment written by quizline</imsmd:string></imsmd:title></imsmd:general>
      <imsmd:lifeCycle><imsmd:contribute><imsmd:date><imsmd:dateTime>${day}</imsmd:dateTime></imsmd:date></imsmd:contribute></imsmd:lifeCycle>
    </imsmd:lom>
  </metadata>
  <organizations/>
  <resources>
    <resource identifier="${id}" type="imsqti_xmlv1p2">
      <file href="${id}/${id}.xml"/>
      <dependency identifierref="${id}_dependency"/>
    </resource>
    <resource identifier="${id}_dependency" type="associatedcontent/imscc_xmlv1p1/learning-application-resource" href="${id}/assessment_meta.xml">
      <file href="${id}/assessment_meta.xml"/>
    </resource>
  </resources>
</manifest>
`;
}

/** What Canvas's quiz settings need: the title, a description, the points; the rest defaults. */
type QuizMeta = { id: string; title: string; description: string; points: number };

/** assessment_meta.xml: Canvas's settings of the quiz, unpublished, one attempt. */
export function qtiMeta({ id, title, description, points }: QuizMeta): string {
	const total = points.toFixed(1);
	return `<?xml version="1.0" encoding="UTF-8"?>
<quiz identifier="${id}" xmlns="http://canvas.instructure.com/xsd/cccv1p0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://canvas.instructure.com/xsd/cccv1p0 https://canvas.instructure.com/xsd/cccv1p0.xsd">
  <title>${xmlText(title)}</title>
  <description>${xmlText(description)}</description>
  <shuffle_answers>false</shuffle_answers>
  <scoring_policy>keep_highest</scoring_policy>
  <hide_results></hide_results>
  <quiz_type>assignment</quiz_type>
  <points_possible>${total}</points_possible>
  <show_correct_answers>true</show_correct_answers>
  <anonymous_submissions>false</anonymous_submissions>
  <could_be_locked>false</could_be_locked>
  <allowed_attempts>1</allowed_attempts>
  <one_question_at_a_time>false</one_question_at_a_time>
  <cant_go_back>false</cant_go_back>
  <available>false</available>
  <one_time_results>false</one_time_results>
  <show_correct_answers_last_attempt>false</show_correct_answers_last_attempt>
  <only_visible_to_overrides>false</only_visible_to_overrides>
  <module_locked>false</module_locked>
  <assignment identifier="${id}_assignment">
    <title>${xmlText(title)}</title>
    <workflow_state>unpublished</workflow_state>
    <quiz_identifierref>${id}</quiz_identifierref>
    <points_possible>${total}</points_possible>
    <grading_type>points</grading_type>
    <submission_types>online_quiz</submission_types>
  </assignment>
  <assignment_group_identifierref>${id}_assignment_group</assignment_group_identifierref>
</quiz>
`;
}
