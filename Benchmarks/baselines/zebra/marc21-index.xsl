<?xml version="1.0" encoding="UTF-8"?>
<!-- Pinakes search benchmark: indexes MARC 21 (read by Zebra's dom filter from ISO 2709 as MARCXML) into the
     same groups of fields as Pinakes: Title, Author, Subject, Any; Code-language and Date (decade) for facets. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:m="http://www.loc.gov/MARC21/slim" xmlns:z="http://indexdata.com/zebra-2.0">
  <xsl:output indent="no" method="xml" version="1.0" encoding="UTF-8"/>
  <xsl:template match="text()"/>
  <xsl:template match="/m:record | /m:collection/m:record">
    <z:record z:id="{normalize-space(m:controlfield[@tag='001'])}" type="update">
      <z:index name="Local-number:0"><xsl:value-of select="normalize-space(m:controlfield[@tag='001'])"/></z:index>
      <xsl:variable name="f008" select="m:controlfield[@tag='008']"/>
      <z:index name="Code-language:0"><xsl:value-of select="substring($f008, 36, 3)"/></z:index>
      <xsl:if test="translate(substring($f008, 8, 3), '0123456789', '') = ''">
        <z:index name="Date:0"><xsl:value-of select="concat(substring($f008, 8, 3), '0')"/></z:index>
      </xsl:if>
      <xsl:apply-templates select="m:datafield"/>
    </z:record>
  </xsl:template>
  <!-- The tag whose index a field goes to: its own, or for 880 the tag it is paired with ($6 245-01). -->
  <xsl:template match="m:datafield">
    <xsl:variable name="tag">
      <xsl:choose>
        <xsl:when test="@tag = '880'"><xsl:value-of select="substring(m:subfield[@code='6'], 1, 3)"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="@tag"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="group">
      <xsl:choose>
        <xsl:when test="$tag='245' or $tag='246' or $tag='130' or $tag='240' or $tag='740'">Title</xsl:when>
        <xsl:when test="$tag='100' or $tag='110' or $tag='111' or $tag='700' or $tag='710' or $tag='711'">Author</xsl:when>
        <xsl:when test="starts-with($tag, '6')">Subject-heading</xsl:when>
        <xsl:when test="$tag='490' or starts-with($tag, '8') or starts-with($tag, '5') or $tag='260' or $tag='264'
                        or $tag='050' or $tag='082' or $tag='084' or $tag='020' or $tag='022' or $tag='250'">Any</xsl:when>
      </xsl:choose>
    </xsl:variable>
    <xsl:if test="$group != ''">
      <xsl:for-each select="m:subfield[@code != '6' and @code != '8']">
        <xsl:choose>
          <!-- The statement of responsibility is searched as a name. -->
          <xsl:when test="$tag = '245' and @code = 'c'"><z:index name="Author:w Any:w"><xsl:value-of select="."/></z:index></xsl:when>
          <xsl:when test="$group = 'Any'"><z:index name="Any:w"><xsl:value-of select="."/></z:index></xsl:when>
          <xsl:otherwise><z:index name="{$group}:w Any:w"><xsl:value-of select="."/></z:index></xsl:otherwise>
        </xsl:choose>
      </xsl:for-each>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
